package my.etika.declaration.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import my.etika.platform.control.MalaysianTime;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * The PDF receipt an officer keeps for a signed declaration: A4, as many pages as the declared accounts and
 * attestations need, labelled in the language the officer signed in (Malay or English), times in Malaysian time
 * with the zone written out.
 *
 * <p>Font: all text is set in Liberation Sans Regular, embedded as a subset (bold is drawn by also stroking the
 * outlines). The font comes inside the {@code org.apache.pdfbox:pdfbox} artifact itself, under the SIL Open Font
 * License 1.1, which allows redistribution, so no font artifact is added. It covers Latin with every accent, Greek
 * and Cyrillic; a character it has no glyph for (Chinese, Tamil, Jawi, emoji, ...) is printed as {@code '?'}, never
 * thrown on. The receipt stays whole then: it is identified by its verification code and the hash of the signed
 * text, which are ASCII. Printing those scripts would take CJK, Tamil and Arabic fonts of several megabytes each in
 * the EAR, and Tamil and Jawi shaping that PDFBox does not do.
 *
 * <p>The PDF has document information (title, subject, creator {@code Etika}, creation date = the signing time),
 * a document language, a link to the verification address, and no JavaScript and no form fields.
 */
public final class DeclarationReceipt {

    /** The zone every time on a receipt is shown in. */
    public static final ZoneId MALAYSIA = MalaysianTime.ZONE;

    private DeclarationReceipt() {
    }

    /** The receipt as PDF bytes. */
    public static byte[] pdf(ReceiptContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            write(content, out);
        } catch (IOException e) {
            throw new UncheckedIOException("The receipt could not be written", e);
        }
        return out.toByteArray();
    }

    /** Writes the receipt as PDF to {@code out} (which is left open). */
    public static void write(ReceiptContent content, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            ReceiptLayout.write(document, content);
            describe(document, content);
            document.save(out);
        }
    }

    /**
     * A moment as a receipt shows it, in Malaysian time with the zone written out, whatever the JVM's zone and
     * locale: {@code 23/11/2026 14:05:09 (MYT, UTC+08:00)}.
     */
    public static String signedAtText(Instant instant) {
        return MalaysianTime.documentText(instant);
    }

    private static void describe(PDDocument document, ReceiptContent content) {
        ReceiptLabels labels = ReceiptLabels.of(content);
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(labels.title() + " " + content.verificationCode());
        info.setSubject(content.policyTitle() + " (" + labels.version() + " " + content.policyVersion() + "), "
                + content.campaignName());
        info.setCreator("Etika");
        info.setCreationDate(GregorianCalendar.from(content.signedAt().atZone(MALAYSIA)));
        document.getDocumentCatalog().setLanguage(content.language().toLanguageTag());
    }
}
