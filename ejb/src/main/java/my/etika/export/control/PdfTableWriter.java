package my.etika.export.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import my.etika.platform.control.PdfFont;
import my.etika.platform.control.PdfFonts;
import my.etika.platform.control.PdfPages;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A table on landscape A4 pages: the title on the first, the header again at the top of every page, cells wrapped
 * within their column (a cell longer than {@link #MAX_LINES} lines is cut with an ellipsis), the page number and
 * count at the foot. Page contents go to a temporary file as they are written (PDFBox's temp-file cache), so tens
 * of thousands of rows take little heap; the file itself is written by {@link #finish}.
 */
public final class PdfTableWriter implements TableWriter {

    static final PDRectangle LANDSCAPE_A4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    static final int MAX_LINES = 8;
    private static final float SIZE = 7f;
    private static final float TITLE_SIZE = 11f;
    private static final float LEADING = 8.5f;
    private static final float PADDING = 2f;

    private final OutputStream out;
    private final String title;
    private PDDocument document;
    private PdfFonts fonts;
    private PdfPages pages;
    private List<ExportColumn> columns;
    private float[] widths;
    private List<List<String>> headerLines;
    private int pageCount;

    public PdfTableWriter(OutputStream out, String title) {
        this.out = out;
        this.title = title;
    }

    @Override
    public void start(List<ExportColumn> columns) {
        this.columns = List.copyOf(columns);
        document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setCreator("Etika");
        fonts = PdfFonts.load(document);
        pages = new PdfPages(document, LANDSCAPE_A4);
        float total = (float) this.columns.stream().mapToDouble(ExportColumn::weight).sum();
        widths = new float[this.columns.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = pages.width() * this.columns.get(c).weight() / total;
        }
        headerLines = new ArrayList<>(widths.length);
        for (int c = 0; c < widths.length; c++) {
            headerLines.add(lines(fonts.bold(), this.columns.get(c).header(), widthOf(c)));
        }
        pages.ensure(pages.pageHeight());
        pageCount = 1;
        pages.show(fonts.bold(), TITLE_SIZE, pages.left(), TITLE_SIZE, fonts.bold().printable(title));
        pages.advance(TITLE_SIZE * 2);
        header();
    }

    @Override
    public void row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("A row of " + cells.size() + " cells in a table of " + columns.size());
        }
        List<List<String>> lines = new ArrayList<>(cells.size());
        for (int c = 0; c < cells.size(); c++) {
            lines.add(lines(fonts.text(), cells.get(c), widthOf(c)));
        }
        float height = heightOf(lines);
        if (pages.ensure(height)) {
            pageCount++;
            header();
        }
        draw(fonts.text(), lines);
    }

    @Override
    public void finish() throws IOException {
        try {
            pages.footers(fonts.text(), SIZE, fonts.text().printable(title), "%d / %d");
            document.save(new UnclosableOutputStream(out));
            out.flush();
        } finally {
            document.close();
        }
    }

    /** Pages written so far. */
    int pageCount() {
        return pageCount;
    }

    private void header() {
        draw(fonts.bold(), headerLines);
        pages.rule(pages.left(), pages.left() + pages.width());
    }

    private void draw(PdfFont font, List<List<String>> lines) {
        float x = pages.left();
        for (int c = 0; c < lines.size(); c++) {
            List<String> cell = lines.get(c);
            for (int line = 0; line < cell.size(); line++) {
                pages.show(font, SIZE, x + PADDING, PADDING + SIZE + line * LEADING, cell.get(line));
            }
            x += widths[c];
        }
        pages.advance(heightOf(lines));
    }

    private float widthOf(int column) {
        return widths[column] - 2 * PADDING;
    }

    private static float heightOf(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return most * LEADING + 2 * PADDING;
    }

    private static List<String> lines(PdfFont font, String text, float width) {
        List<String> lines = font.wrap(text == null ? "" : text, SIZE, width);
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        List<String> cut = new ArrayList<>(lines.subList(0, MAX_LINES));
        cut.set(MAX_LINES - 1, cut.get(MAX_LINES - 1) + "…");
        return cut;
    }
}
