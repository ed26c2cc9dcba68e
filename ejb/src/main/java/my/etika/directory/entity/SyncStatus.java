package my.etika.directory.entity;

/**
 * Where a sync run stands. Only a COMPLETED run (or an APPROVED held one) has deactivated anybody; an INCOMPLETE
 * one applied what it read and deactivated nobody; a HELD one waits for a person to approve its deactivations.
 */
public enum SyncStatus {
    RUNNING, COMPLETED, INCOMPLETE, HELD, APPROVED, REJECTED, FAILED, ABORTED;

    public boolean isFinished() {
        return this != RUNNING && this != HELD;
    }
}
