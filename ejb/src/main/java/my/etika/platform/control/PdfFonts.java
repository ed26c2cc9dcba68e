package my.etika.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The one typeface of Etika's PDF documents (declaration receipts, clearance certificates), regular and bold:
 * Liberation Sans Regular (SIL Open Font License 1.1), the TrueType font that the {@code org.apache.pdfbox:pdfbox}
 * artifact itself ships as its last-resort font, embedded as a subset.
 * It covers Latin with every accent, Greek and Cyrillic. It is the only font used on purpose: PDFBox resolves a
 * standard-14 font such as Helvetica through its font mapper, which scans the server's system fonts, writes a cache
 * file into the home directory and logs a warning per font whenever they are missing, as they are on a server.
 */
public record PdfFonts(PdfFont text, PdfFont bold) {

    /** Where PDFBox keeps the font (its FontMapperImpl loads it from the same place). */
    public static final String UNICODE_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final Logger LOG = Logger.getLogger(PdfFonts.class.getName());

    public static PdfFonts load(PDDocument document) {
        PdfFont text = unicodeOrHelvetica(document);
        return new PdfFonts(text, text.emboldened());
    }

    // Helvetica prints WinAnsi only (the rest becomes '?'), but a document without the embedded font beats none.
    private static PdfFont unicodeOrHelvetica(PDDocument document) {
        try (InputStream font = PDType0Font.class.getResourceAsStream(UNICODE_FONT)) {
            if (font != null) {
                TrueTypeFont liberation = new TTFParser().parse(new RandomAccessReadBuffer(font));
                document.registerTrueTypeFontForClosing(liberation);
                // No glyph substitution (Latin ligatures): PDFBox 3.0.8 compiles regular expressions for every string
                // it shows with them, 5 ms a table row, so that a 10,000-row export took 73 s instead of 3 s; and a
                // ligature glyph is one more way for the text layer to differ from the letters.
                liberation.setEnableGsub(false);
                return new PdfFont(PDType0Font.load(document, liberation, true));
            }
            LOG.warning(() -> UNICODE_FONT + " is not on the class path: PDF documents fall back to Helvetica");
        } catch (IOException e) {
            LOG.log(Level.WARNING, UNICODE_FONT + " could not be read: PDF documents fall back to Helvetica", e);
        }
        return new PdfFont(new PDType1Font(FontName.HELVETICA));
    }
}
