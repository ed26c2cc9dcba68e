package my.etika.discipline.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.GregorianCalendar;
import my.etika.platform.control.MalaysianTime;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The certificate of clearance from disciplinary action ("Sijil Bebas Tindakan Tatatertib") HR asks for before a
 * promotion or an award: A4, Malay with English below each label and sentence, times in Malaysian time. It prints
 * the {@link ClearanceStatement} and nothing else: the result, never the cases behind it.
 *
 * <p>Font and limits as the declaration receipt's ({@link my.etika.platform.control.PdfFonts}): Liberation Sans
 * embedded, a character it has no glyph for printed as {@code '?'}. The PDF has document information (title with the
 * reference, creator {@code Etika}, creation date = the issuing time), the document language {@code ms}, and no
 * JavaScript, form fields or links.
 */
@ApplicationScoped
public class ClearanceCertificate {

    /** The certificate as PDF bytes. */
    public byte[] pdf(ClearanceStatement statement) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            write(statement, out);
        } catch (IOException e) {
            throw new UncheckedIOException("The clearance certificate could not be written", e);
        }
        return out.toByteArray();
    }

    /** Writes the certificate as PDF to {@code out} (which is left open). */
    public void write(ClearanceStatement statement, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ClearanceLayout.write(document, statement);
            describe(document, statement);
            document.save(out);
        }
    }

    private static void describe(PDDocument document, ClearanceStatement statement) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(ClearanceWording.TITLE.malay() + " " + statement.reference());
        info.setSubject(ClearanceWording.TITLE.english());
        info.setCreator("Etika");
        info.setCreationDate(GregorianCalendar.from(statement.issuedAt().atZone(MalaysianTime.ZONE)));
        document.getDocumentCatalog().setLanguage("ms");
    }
}
