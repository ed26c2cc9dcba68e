package my.etika.directory.control;

import my.etika.platform.boundary.BusinessException;

/** Another directory sync holds the lock (on this node or another). */
public class SyncAlreadyRunningException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public SyncAlreadyRunningException() {
        super(Kind.CONFLICT, "sync.alreadyRunning");
    }
}
