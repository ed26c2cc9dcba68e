package my.etika.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

class PdfFontTest {

    @Test
    void helveticaPrintsWinAnsiAndReplacesEverythingElse() {
        PdfFont helvetica = new PdfFont(new PDType1Font(FontName.HELVETICA));

        assertThat(helvetica.printable("Zoë Ali\t陈伟明😀\uFE0F\u200D!")).isEqualTo("Zoë Ali ????!");
        assertThat(helvetica.printable("Łukasz")).isEqualTo("?ukasz");
        assertThat(helvetica.printable(null)).isEmpty();
    }

    @Test
    void wrappingKeepsEveryCharacterAndEveryLineWithinTheWidth() {
        PdfFont helvetica = new PdfFont(new PDType1Font(FontName.HELVETICA));
        String text = "Nama pengguna " + "x".repeat(300) + " tamat";

        List<String> lines = helvetica.wrap(text, 10f, 100f);

        assertThat(lines).hasSizeGreaterThan(3)
                .allSatisfy(line -> assertThat(helvetica.width(line, 10f)).isLessThanOrEqualTo(100f));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
        assertThat(lines.get(0)).isEqualTo("Nama pengguna");
    }
}
