package my.etika.declaration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import my.etika.declaration.control.ReceiptContent.Account;
import my.etika.platform.control.PdfPages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class DeclarationReceiptTest {

    private static final Instant SIGNED_AT = Instant.parse("2026-11-23T06:05:09Z");
    private static final String KL_TIME = "23/11/2026 14:05:09 (MYT, UTC+08:00)";
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String CODE = "ETK-7Q2M-9XKD-4HRT-WB3N";
    private static final String VERIFY_URL = "https://etika.agensi.gov.my/etika/sahkan";

    @Test
    void malayReceiptShowsTheMalayLabelsCodeHashMalaysianTimeAndHandles() throws IOException {
        String text = text(DeclarationReceipt.pdf(content(Locale.forLanguageTag("ms"), "Siti Aminah binti Ahmad",
                accounts(), List.of("Saya tidak akan berkongsi maklumat rasmi di media sosial peribadi."))));

        assertThat(text).contains("Resit Akuan", "Nama pegawai", "ID log masuk", "No. pekerja", "Bahagian/Unit",
                "Kempen", "Dasar", "Versi", "Ditandatangani pada", "Cincangan SHA-256 teks", "Kod pengesahan",
                "Sahkan di", "Akaun media sosial peribadi yang diisytiharkan", "Platform", "Nama pengguna / URL",
                "E-mel berdaftar");
        assertThat(text.lines()).contains("Akuan");
        assertThat(text).contains("Siti Aminah binti Ahmad", "siti.aminah", "B-00421", "Bahagian Teknologi Maklumat",
                "Akuan Tahunan 2026", "Dasar Media Sosial Penjawat Awam", CODE, HASH, KL_TIME, VERIFY_URL,
                "@siti.aminah", "https://www.tiktok.com/@siti_a", "siti.aminah@example.my",
                "Saya tidak akan berkongsi maklumat rasmi di media sosial peribadi.");
        assertThat(text).contains("Halaman 1 daripada 1");
        assertThat(text).doesNotContain("Officer name", "Signed at", "Verification code", "Page 1");
    }

    @Test
    void missingValuesAndEmptyListsReadTiadaInMalay() throws IOException {
        ReceiptContent bare = new ReceiptContent("Ahmad bin Ali", "ahmad.ali", null, " ", "Akuan Tahunan 2026",
                "Dasar Media Sosial Penjawat Awam", 3, Locale.forLanguageTag("ms-MY"), SIGNED_AT, HASH, CODE,
                VERIFY_URL, List.of(), List.of());

        String text = text(DeclarationReceipt.pdf(bare));

        // employee number, unit, the accounts table and the attestations
        assertThat(text.lines().filter(line -> line.endsWith("Tiada"))).hasSize(4);
        assertThat(text).contains("Versi 3");
    }

    @Test
    void englishReceiptShowsTheEnglishLabels() throws IOException {
        String text = text(DeclarationReceipt.pdf(content(Locale.ENGLISH, "Siti Aminah binti Ahmad", accounts(),
                List.of("I will not share official information on personal social media."))));

        assertThat(text).contains("Declaration Receipt", "Officer name", "Login ID", "Employee no.", "Division/Unit",
                "Campaign", "Policy", "Version", "Signed at", "SHA-256 hash of the text", "Verification code",
                "Verify at", "Personal social media accounts declared", "Platform", "Username / URL",
                "Registered e-mail", "Attestations", "Page 1 of 1");
        assertThat(text).contains(CODE, HASH, KL_TIME, "@siti.aminah",
                "I will not share official information on personal social media.");
        assertThat(text).doesNotContain("Resit Akuan", "Nama pegawai", "Kod pengesahan", "Tiada");
    }

    @Test
    void documentInformationLanguageAndNoScriptOrForm() throws IOException {
        byte[] pdf = DeclarationReceipt.pdf(content(Locale.forLanguageTag("ms"), "Siti Aminah", accounts(),
                List.of()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Resit Akuan " + CODE);
            assertThat(info.getSubject()).isEqualTo("Dasar Media Sosial Penjawat Awam (Versi 2), Akuan Tahunan 2026");
            assertThat(info.getCreator()).isEqualTo("Etika");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(SIGNED_AT);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ms");
            assertThat(document.getDocumentCatalog().getAcroForm()).isNull();
            assertThat(document.getDocumentCatalog().getNames()).isNull();
            assertThat(document.getDocumentCatalog().getOpenAction()).isNull();
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(first.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            assertThat(first.getAnnotations()).isNotEmpty().allSatisfy(annotation -> {
                assertThat(annotation).isInstanceOf(PDAnnotationLink.class);
                PDActionURI action = (PDActionURI) ((PDAnnotationLink) annotation).getAction();
                assertThat(action.getURI()).isEqualTo(VERIFY_URL);
            });
        }
    }

    @Test
    void charactersOutsideTheFontArePrintedAsQuestionMarksWithoutThrowing() throws IOException {
        List<Account> accounts = List.of(new Account("Facebook", "陈伟明 😀👍🏽", "chen@example.my"),
                new Account("Instagram", "முத்து_official", null),
                new Account("VK", "Дмитрий Łukasz", "zoë@example.my"));

        byte[] pdf = DeclarationReceipt.pdf(content(Locale.forLanguageTag("ms"), "Tan Wei Ming 陈伟明 / முத்து",
                accounts, List.of("Akuan dengan tab\tdan baris\nbaharu")));

        String text = text(pdf);
        assertThat(text).contains("Tan Wei Ming ??? / ", "_official", "chen@example.my", "Дмитрий Łukasz",
                "zoë@example.my", "Akuan dengan tab dan baris baharu", CODE, HASH);
        assertThat(text).doesNotContain("陈", "முத்து");
    }

    @Test
    void twoHundredAccountsRunOntoMorePagesWithEveryHandleAndNothingOffThePage() throws IOException {
        List<Account> accounts = IntStream.rangeClosed(1, 200)
                .mapToObj(n -> new Account(n % 2 == 0 ? "Facebook" : "TikTok", "@pegawai.%03d".formatted(n),
                        "pegawai%03d@example.my".formatted(n)))
                .toList();
        byte[] pdf = DeclarationReceipt.pdf(content(Locale.forLanguageTag("ms"), "Siti Aminah", accounts,
                List.of("Saya mengisytiharkan semua akaun media sosial peribadi saya.")));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            for (int n = 1; n <= 200; n++) {
                assertThat(text).contains("@pegawai.%03d".formatted(n), "pegawai%03d@example.my".formatted(n));
            }
            assertThat(text).contains("Akaun media sosial peribadi yang diisytiharkan (sambungan)",
                    "Halaman " + pages + " daripada " + pages,
                    "Saya mengisytiharkan semua akaun media sosial peribadi saya.");
            assertEverythingInsideThePage(document);
        }
    }

    @Test
    void longValuesWrapInsideThePage() throws IOException {
        String longTitle = "Dasar Penggunaan Media Sosial dan Teknologi Maklumat dan Komunikasi ".repeat(6).trim();
        String longHandle = "https://www.facebook.com/profile.php?id=" + "1234567890".repeat(20);
        ReceiptContent long_ = new ReceiptContent("Siti Aminah", "siti.aminah", "B-00421", "Bahagian Teknologi",
                "Akuan Tahunan 2026", longTitle, 1, Locale.forLanguageTag("ms"), SIGNED_AT, HASH, CODE,
                VERIFY_URL + "?kod=" + "X".repeat(200), List.of(new Account("Facebook", longHandle, null)),
                List.of("Saya faham ".repeat(400).trim()));

        try (PDDocument document = Loader.loadPDF(DeclarationReceipt.pdf(long_))) {
            String text = new PDFTextStripper().getText(document);
            // the e-mail column's "Tiada" sits on the handle's first line
            assertThat(text.replaceAll("\\s+", "").replace("Tiada", "")).contains(longHandle,
                    longTitle.replace(" ", ""));
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertEverythingInsideThePage(document);
        }
    }

    @Test
    void signedAtIsShownInMalaysianTimeWhateverTheJvmZone() {
        assertThat(DeclarationReceipt.signedAtText(SIGNED_AT)).isEqualTo(KL_TIME);
        assertThat(DeclarationReceipt.signedAtText(Instant.parse("2026-12-31T16:30:00Z")))
                .isEqualTo("01/01/2027 00:30:00 (MYT, UTC+08:00)");
    }

    @Test
    void contentRejectsWhatCannotBeAReceipt() {
        assertThatThrownBy(() -> content(Locale.forLanguageTag("id"), "Siti", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Malay");
        assertThatThrownBy(() -> new ReceiptContent("Siti", "siti", null, null, "Kempen", "Dasar", 1,
                Locale.ENGLISH, SIGNED_AT, "abc", CODE, VERIFY_URL, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("textSha256");
        assertThatThrownBy(() -> new ReceiptContent("Siti", "siti", null, null, "Kempen", "Dasar", 1,
                Locale.ENGLISH, SIGNED_AT, HASH, CODE, "javascript:alert(1)", List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verifyUrl");
    }

    private static ReceiptContent content(Locale language, String officerName, List<Account> accounts,
            List<String> attestations) {
        return new ReceiptContent(officerName, "siti.aminah", "B-00421", "Bahagian Teknologi Maklumat",
                "Akuan Tahunan 2026", "Dasar Media Sosial Penjawat Awam", 2, language, SIGNED_AT, HASH.toUpperCase(),
                CODE, VERIFY_URL, accounts, attestations);
    }

    private static List<Account> accounts() {
        return List.of(new Account("Facebook", "@siti.aminah", "siti.aminah@example.my"),
                new Account("TikTok", "https://www.tiktok.com/@siti_a", null));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static void assertEverythingInsideThePage(PDDocument document) throws IOException {
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> textPositions) throws IOException {
                positions.addAll(textPositions);
                super.writeString(text, textPositions);
            }
        };
        collector.getText(document);
        float margin = PdfPages.MARGIN - 1;
        assertThat(positions).isNotEmpty().allSatisfy(position -> {
            assertThat(position.getXDirAdj()).isGreaterThanOrEqualTo(margin);
            assertThat(position.getXDirAdj() + position.getWidthDirAdj())
                    .isLessThanOrEqualTo(PDRectangle.A4.getWidth() - margin);
            assertThat(position.getYDirAdj()).isBetween(margin, PDRectangle.A4.getHeight() - margin);
        });
    }
}
