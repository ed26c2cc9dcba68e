package my.etika.declaration.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The agency settings' value types: account names as platforms compare them, permitted windows. */
class AgencyRulesTest {

    @Test
    void anAccountIsTheSameWrittenAsAHandleOrAsItsProfileAddress() {
        String official = AccountNames.normalise("facebook", "jabatandemoetika");
        assertThat(AccountNames.normalise("Facebook", "@JabatanDemoEtika")).isEqualTo(official);
        assertThat(AccountNames.normalise("facebook", "https://www.facebook.com/JabatanDemoEtika/")).isEqualTo(official);
        assertThat(AccountNames.normalise("facebook", "https://facebook.com/jabatandemoetika?ref=bookmarks"))
                .isEqualTo(official);
        assertThat(AccountNames.normalise("instagram", "jabatandemoetika")).isNotEqualTo(official);
        assertThat(AccountNames.normalise("facebook", "jabatandemoetika2")).isNotEqualTo(official);
    }

    @Test
    void permittedWindowsReadAndDescribeInMalayAndEnglish() {
        PermittedWindows jkdm = PermittedWindows.parse("MON-THU 13:00-14:00 17:30-07:30;FRI 12:15-14:45");

        assertThat(jkdm.describe(Locale.forLanguageTag("ms")))
                .isEqualTo("Isnin–Khamis 13:00–14:00, 17:30–07:30; Jumaat 12:15–14:45");
        assertThat(jkdm.describe(Locale.ENGLISH))
                .isEqualTo("Monday–Thursday 13:00–14:00, 17:30–07:30; Friday 12:15–14:45");
    }

    @Test
    void unreadableWindowsSayWhichPartIsWrong() {
        assertThatThrownBy(() -> PermittedWindows.parse("MON 13:00")).hasMessageContaining("13:00");
        assertThatThrownBy(() -> PermittedWindows.parse("XYZ 13:00-14:00")).hasMessageContaining("XYZ");
        assertThatThrownBy(() -> PermittedWindows.parse("MON")).hasMessageContaining("MON");
    }
}
