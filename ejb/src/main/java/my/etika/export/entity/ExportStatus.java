package my.etika.export.entity;

/** QUEUED → RUNNING → DONE, or FAILED. */
public enum ExportStatus {
    QUEUED, RUNNING, DONE, FAILED
}
