package my.etika.export.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PseudonymsTest {

    private static final byte[] KEY = key(7);

    private final Pseudonyms pseudonyms = new Pseudonyms(KEY);

    @Test
    void theSamePersonIsTheSamePseudonymAndNothingOfThemShows() {
        String name = pseudonyms.name("Siti Aminah binti Abdullah");

        assertThat(name).matches("Pegawai-[0-9a-f]{12}").doesNotContainIgnoringCase("siti")
                .doesNotContainIgnoringCase("aminah");
        assertThat(pseudonyms.name("  SITI AMINAH   binti abdullah ")).isEqualTo(name);
        assertThat(new Pseudonyms(KEY).name("Siti Aminah binti Abdullah")).isEqualTo(name);
        assertThat(pseudonyms.name("Siti Aminah binti Ahmad")).isNotEqualTo(name);
    }

    @Test
    void addressesAndLoginsBecomePseudonymsOfTheirOwnKind() {
        String email = pseudonyms.email("siti.aminah@jabatan.gov.my");

        assertThat(email).matches("[0-9a-f]{12}@masked\\.invalid").doesNotContain("siti").doesNotContain("jabatan");
        assertThat(pseudonyms.email("Siti.Aminah@Jabatan.gov.my")).isEqualTo(email);
        assertThat(pseudonyms.login("siti.aminah")).matches("id-[0-9a-f]{12}");
        assertThat(pseudonyms.login("siti.aminah").substring(3)).isNotEqualTo(pseudonyms.name("siti.aminah")
                .substring(8));
    }

    @Test
    void anotherInstallationsKeyGivesOtherPseudonymsAndEmptyStaysEmpty() {
        assertThat(new Pseudonyms(key(8)).name("Ahmad")).isNotEqualTo(pseudonyms.name("Ahmad"));
        assertThat(pseudonyms.name(null)).isNull();
        assertThat(pseudonyms.email("")).isEmpty();
        assertThatThrownBy(() -> new Pseudonyms(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
