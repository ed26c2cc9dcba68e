package my.etika.export.entity;

/** What an export holds. Only INCIDENTS is built so far. */
public enum ExportKind {
    INCIDENTS, DECLARATIONS, FINDINGS
}
