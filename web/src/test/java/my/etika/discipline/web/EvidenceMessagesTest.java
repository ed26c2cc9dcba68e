package my.etika.discipline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import my.etika.discipline.control.EvidenceRefusedException;
import my.etika.discipline.control.Integrity;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.Messages;
import org.junit.jupiter.api.Test;

/** The evidence store's refusals and integrity results as users read them. */
class EvidenceMessagesTest {

    private static final long MEGABYTE = 1024 * 1024;

    @Test
    void tooLargeShowsTheSizeAndTheLimitInMegabytes() {
        EvidenceRefusedException refused = EvidenceRefusedException.tooLarge(25 * MEGABYTE, 31 * MEGABYTE / 2 * 3);

        assertThat(text(Messages.MALAY, refused)).isEqualTo("Fail ini terlalu besar (46.5 MB atau lebih). Had saiz"
                + " fail bukti ialah 25 MB. Tiada apa-apa yang disimpan.");
        assertThat(text(Messages.ENGLISH, refused)).isEqualTo("This file is too large (46.5 MB or more). The size"
                + " limit for an evidence file is 25 MB. Nothing was stored.");
    }

    @Test
    void typeNotAllowedShowsTheDetectedTypeAndTheAcceptedOnes() {
        EvidenceRefusedException refused = EvidenceRefusedException.typeNotAllowed(25 * MEGABYTE,
                "application/zip", List.of("image/png", "application/pdf"));

        assertThat(text(Messages.MALAY, refused)).isEqualTo("Jenis fail ini (application/zip) tidak diterima sebagai"
                + " bukti. Jenis yang diterima: image/png, application/pdf. Jenis fail ditentukan daripada"
                + " kandungannya, bukan daripada nama fail.");
        assertThat(text(Messages.ENGLISH, refused)).isEqualTo("This type of file (application/zip) is not accepted"
                + " as evidence. Accepted types: image/png, application/pdf. The type is read from the file's"
                + " content, not from its name.");
    }

    @Test
    void theTextsWithoutArgumentsExistInBothLanguages() {
        List<String> keys = List.of(EvidenceRefusedException.empty(1).messageKey(),
                Integrity.ALTERED.messageKey().orElseThrow(), Integrity.MISSING.messageKey().orElseThrow());
        for (Locale language : Messages.SUPPORTED) {
            for (String key : keys) {
                assertThat(Messages.text(language, key)).as(key).isNotEqualTo(key).doesNotContain("''", "{");
            }
        }
        assertThat(Messages.text(Messages.MALAY, "discipline.evidence.missing")).contains("Unit Integriti");
        assertThat(Integrity.INTACT.messageKey()).isEmpty();
    }

    private static String text(Locale language, BusinessException refused) {
        return Messages.text(language, refused.messageKey(), refused.arguments().toArray());
    }
}
