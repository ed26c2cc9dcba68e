package my.etika.directory.control;

import my.etika.platform.boundary.BusinessException;

/** The directory did not answer (down, unreachable, timed out, or refused Etika's own service account). */
public class DirectoryUnavailableException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public DirectoryUnavailableException(Throwable cause) {
        super(Kind.UNAVAILABLE, "directory.unavailable");
        initCause(cause);
    }
}
