package my.etika.export.entity;

/** What an export holds: disciplinary cases, declaration compliance or credential-hygiene findings. */
public enum ExportKind {
    INCIDENTS, DECLARATIONS, FINDINGS
}
