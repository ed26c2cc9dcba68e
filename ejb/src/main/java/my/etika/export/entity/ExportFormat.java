package my.etika.export.entity;

/** The file format of an export's table. */
public enum ExportFormat {
    CSV("csv"), XLSX("xlsx"), PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
