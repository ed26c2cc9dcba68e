package my.etika.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * A4 pages written top-down: a cursor that moves down and a new page whenever the next piece would run into the
 * space kept for the footer. Text given here has been made printable by its {@link PdfFont}.
 */
public final class PdfPages implements AutoCloseable {

    public static final PDRectangle SIZE = PDRectangle.A4;
    public static final float MARGIN = 50f;
    public static final float FOOTER_SPACE = 28f;
    private static final float BOLD_STROKE = 0.04f;

    private final PDDocument document;
    private final PDRectangle pageSize;
    private PDPage page;
    private PDPageContentStream stream;
    private float y;

    public PdfPages(PDDocument document) {
        this(document, SIZE);
    }

    /** Pages of another size: {@code new PDRectangle(A4.getHeight(), A4.getWidth())} for landscape A4. */
    public PdfPages(PDDocument document, PDRectangle size) {
        this.document = document;
        this.pageSize = size;
    }

    public float left() {
        return MARGIN;
    }

    public float width() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    public float y() {
        return y;
    }

    /** The height a fresh page offers: a piece taller than this has to be split across pages. */
    public float pageHeight() {
        return top() - bottom();
    }

    /** Starts a new page unless {@code height} points still fit on this one; true when it started one. */
    public boolean ensure(float height) {
        if (stream != null && y - height >= bottom()) {
            return false;
        }
        newPage();
        return true;
    }

    public void advance(float height) {
        y -= height;
    }

    /** Shows one line of text on a baseline {@code drop} points below the cursor (the cursor does not move). */
    public void show(PdfFont font, float size, float x, float drop, String printable) {
        if (printable.isEmpty()) {
            return;
        }
        try {
            stream.setLineWidth(size * BOLD_STROKE);
            stream.beginText();
            stream.setRenderingMode(font.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
            stream.setFont(font.pdFont(), size);
            stream.newLineAtOffset(x, y - drop);
            stream.showText(printable);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thin horizontal line at the cursor. */
    public void rule(float fromX, float toX) {
        try {
            stream.saveGraphicsState();
            stream.setLineWidth(0.5f);
            stream.setStrokingColor(0.6f);
            stream.moveTo(fromX, y);
            stream.lineTo(toX, y);
            stream.stroke();
            stream.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the box below the cursor open {@code url} when clicked (an URI action: no script). */
    public void link(String url, float x, float boxWidth, float boxHeight) {
        PDActionURI action = new PDActionURI();
        action.setURI(url);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        PDAnnotationLink link = new PDAnnotationLink();
        link.setAction(action);
        link.setBorderStyle(noBorder);
        link.setRectangle(new PDRectangle(x, y - boxHeight, boxWidth, boxHeight));
        try {
            page.getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code left} and {@code right} at the foot of every page, {@code right} with the page number. */
    public void footers(PdfFont font, float size, String left, String rightFormat) throws IOException {
        closeStream();
        String printableLeft = font.printable(left);
        int count = document.getNumberOfPages();
        for (int index = 0; index < count; index++) {
            PDPage current = document.getPage(index);
            String right = font.printable(String.format(Locale.ROOT, rightFormat, index + 1, count));
            try (PDPageContentStream footer = new PDPageContentStream(document, current,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                footer.setFont(font.pdFont(), size);
                footer.beginText();
                footer.newLineAtOffset(MARGIN, MARGIN);
                footer.showText(printableLeft);
                footer.endText();
                footer.beginText();
                footer.newLineAtOffset(pageSize.getWidth() - MARGIN - font.width(right, size), MARGIN);
                footer.showText(right);
                footer.endText();
            }
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
    }

    private float top() {
        return pageSize.getHeight() - MARGIN;
    }

    private float bottom() {
        return MARGIN + FOOTER_SPACE;
    }

    private void newPage() {
        try {
            closeStream();
            page = new PDPage(pageSize);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = top();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
