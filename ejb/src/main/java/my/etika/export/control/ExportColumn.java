package my.etika.export.control;

/**
 * A column of an exported table.
 *
 * @param header the column's heading, in the language of the export
 * @param weight its width in characters, roughly: a PDF page is shared among the columns by weight, a spreadsheet
 *               column is that wide
 */
public record ExportColumn(String header, float weight) {

    public ExportColumn {
        if (header == null || header.isBlank()) {
            throw new IllegalArgumentException("A column needs a header");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("A column's weight is positive: " + weight);
        }
    }
}
