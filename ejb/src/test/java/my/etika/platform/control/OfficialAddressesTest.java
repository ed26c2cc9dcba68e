package my.etika.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.IDN;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Official addresses are recognised however they are written, and nothing else passes for one. */
class OfficialAddressesTest {

    // Look-alikes are written as escapes: printed, they cannot be told from the Latin letters.
    private static final String CYRILLIC_O = "\u043e";
    private static final String CYRILLIC_A = "\u0430";
    private static final String GREEK_OMICRON = "\u03bf";

    private final OfficialAddresses official =
            new OfficialAddresses(List.of("gov.my", "customs.gov.my", "jde.example"));

    @Test
    void caseDoesNotMatter() {
        assertThat(OfficialAddresses.normalise("Ahmad.Ismail@Customs.GOV.MY")).hasValue("ahmad.ismail@customs.gov.my");
        assertThat(official.isOfficial("AHMAD@CUSTOMS.GOV.MY")).isTrue();
    }

    @Test
    void subAddressingIsTheSameMailbox() {
        assertThat(OfficialAddresses.normalise("ahmad+facebook@customs.gov.my")).hasValue("ahmad@customs.gov.my");
        assertThat(OfficialAddresses.normalise("ahmad+@customs.gov.my")).hasValue("ahmad@customs.gov.my");
        assertThat(official.isOfficial("ahmad+facebook@customs.gov.my")).isTrue();
    }

    @Test
    void whiteSpaceAndInvisibleCharactersAnywhereAreIgnored() {
        String expected = "ahmad@customs.gov.my";
        assertThat(OfficialAddresses.normalise("  ahmad @ customs.gov.my\t\n")).hasValue(expected);
        assertThat(OfficialAddresses.normalise("ah\u00a0mad@customs.\u202fgov.my")).hasValue(expected); // no-break
        assertThat(OfficialAddresses.normalise("ah\u200bmad@cus\u200ctoms.g\u200dov.\u2060my\ufeff"))
                .hasValue(expected); // zero-width
        assertThat(OfficialAddresses.normalise("ahmad@customs.gov.my\u202e")).hasValue(expected); // bidi override
        assertThat(OfficialAddresses.normalise("ahmad@cus\u00adtoms.gov.my")).hasValue(expected); // soft hyphen
        assertThat(official.isOfficial("ahmad@customs.\u3000gov.my")).isTrue(); // ideographic space
    }

    @Test
    void cyrillicAndGreekLookAlikesInTheDomainAreTheOfficialDomain() {
        String cyrillic = "ahmad@customs.g" + CYRILLIC_O + "v.my";
        assertThat(cyrillic).isNotEqualTo("ahmad@customs.gov.my");
        assertThat(OfficialAddresses.normalise(cyrillic)).hasValue("ahmad@customs.gov.my");
        assertThat(official.isOfficial(cyrillic)).isTrue();
        assertThat(official.isOfficial("ahmad@g" + GREEK_OMICRON + "v.my")).isTrue();
        // c, t, o, m and s of "customs" in Cyrillic
        assertThat(official.isOfficial("ahmad@\u0441us\u0442\u043e\u043c\u0455.gov.my")).isTrue();
        // in capitals: Cyrillic С О, Greek Ο Μ Υ
        assertThat(OfficialAddresses.normalise("AHMAD@\u0421USTOMS.G\u041eV.\u039c\u03a5"))
                .hasValue("ahmad@customs.gov.my");
    }

    @Test
    void lookAlikesInTheLocalPartAreTheSameMailbox() {
        assertThat(OfficialAddresses.normalise(CYRILLIC_A + "hm" + CYRILLIC_A + "d@customs.gov.my"))
                .hasValue("ahmad@customs.gov.my");
        assertThat(OfficialAddresses.normalise("\u0455\u0456t\u0456@jde.example")).hasValue("siti@jde.example");
        assertThat(OfficialAddresses.normalise("\u0131smail@jde.example")).hasValue("ismail@jde.example"); // dotless ı
        assertThat(OfficialAddresses.normalise("\u0130SMAIL@jde.example")).hasValue("ismail@jde.example"); // dotted İ
        assertThat(official.isOfficial("ahmad@customs.gov.my", CYRILLIC_A + "hmad@customs.gov.my")).isTrue();
    }

    @Test
    void aLookAlikeWrittenInPunycodeIsCaughtToo() {
        String punycode = IDN.toASCII("g" + CYRILLIC_O + "v");
        assertThat(punycode).startsWith("xn--");
        assertThat(official.isOfficial("ahmad@customs." + punycode + ".my")).isTrue();
    }

    @Test
    void fullWidthMathematicalAndScriptFormsAreFolded() {
        assertThat(OfficialAddresses.normalise("\uff41\uff48\uff4d\uff41\uff44\uff20"
                + "\uff43\uff55\uff53\uff54\uff4f\uff4d\uff53\uff0e\uff47\uff4f\uff56\uff0e\uff4d\uff59"))
                .hasValue("ahmad@customs.gov.my"); // full-width
        assertThat(OfficialAddresses.normalise("AHMAD@CUSTOMS\uff0eGOV\u3002MY")).hasValue("ahmad@customs.gov.my");
        assertThat(OfficialAddresses.normalise("ahmad@\u2113hdn.gov.my")).hasValue("ahmad@lhdn.gov.my"); // script ℓ
        assertThat(OfficialAddresses.normalise("ahmad@\ud835\udc20ov.my")).hasValue("ahmad@gov.my"); // bold 𝐠
        assertThat(OfficialAddresses.normalise("pegawai\u0661\u0662@jde.example")).hasValue("pegawai12@jde.example");
    }

    @Test
    void aSubdomainOfAnOfficialDomainIsOfficial() {
        OfficialAddresses customsOnly = new OfficialAddresses(List.of("customs.gov.my"));
        assertThat(customsOnly.isOfficial("ahmad@customs.gov.my")).isTrue();
        assertThat(customsOnly.isOfficial("ahmad@klia.customs.gov.my")).isTrue();
        assertThat(customsOnly.isOfficial("ahmad@gov.my")).isFalse();
        assertThat(customsOnly.isOfficial("ahmad@moh.gov.my")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ahmad@gov.my.example.com", "ahmad@notgov.my", "ahmad@customsgov.my", "ahmad@gov.myy",
        "ahmad@gov-my.com", "ahmad@gov.my.", "ahmad@jde.example.com", "ahmad@xjde.example", "ahmad@gmail.com",
        "ahmad@g0v.my"})
    void domainsThatOnlyLookOfficialAreNot(String address) {
        OfficialAddresses customs = new OfficialAddresses(List.of("customs.gov.my", "jde.example"));
        assertThat(customs.isOfficial(address)).as(address).isFalse();
        // "g0v" with a zero: ASCII is never folded into other ASCII, g0v.my is somebody else's domain
        assertThat(official.isOfficial(address)).as(address).isEqualTo(address.equals("ahmad@gov.my."));
    }

    @Test
    void aTrailingDotIsTheSameDomain() {
        assertThat(OfficialAddresses.normalise("ahmad@customs.gov.my.")).hasValue("ahmad@customs.gov.my");
        assertThat(official.isOfficial("ahmad@customs.gov.my.")).isTrue();
        assertThat(official.isOfficial("ahmad@customs.gov.my..")).isFalse();
    }

    @Test
    void internationalisedDomainsCompareInAscii() {
        assertThat(OfficialAddresses.normalise("ali@M\u00fcnchen.DE")).hasValue("ali@xn--mnchen-3ya.de");
        OfficialAddresses idn = new OfficialAddresses(List.of("xn--mnchen-3ya.de"));
        assertThat(idn.isOfficial("ali@rathaus.m\u00fcnchen.de")).isTrue();
    }

    @Test
    void theOfficersOwnAddressIsOfficialWhereverItIs() {
        assertThat(official.isOfficial("ahmad@agensi.example", "Ahmad@Agensi.Example")).isTrue();
        assertThat(official.isOfficial("ahmad+linkedin@agensi.example", "ahmad@agensi.example")).isTrue();
        assertThat(official.isOfficial("ahmad@agensi.example", "siti@agensi.example")).isFalse();
        assertThat(official.isOfficial("ahmad@agensi.example", null)).isFalse();
        assertThat(official.isOfficial("ahmad@customs.gov.my", null)).isTrue();
        assertThat(official.isOfficial(null, "ahmad@agensi.example")).isFalse();
        assertThat(official.isOfficial("not an address", "not an address")).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u200b", "ahmad", "@customs.gov.my", "ahmad@", "ahmad@@gov.my", "ahmad@x@gov.my",
        "ahmad@gov..my", "ahmad@-gov.my", "ahmad@gov-.my", "ahmad@.gov.my", "+facebook@gov.my", "ahmad@my",
        "ahmad@localhost", "ahmad@10.0.0.1", "ahmad@[10.0.0.1]", "<ahmad@gov.my>", "\"ahmad\"@gov.my",
        "ahmad@gov_my.gov.my", ".ahmad@gov.my", "ah..mad@gov.my", "ahmad@gov.my/", "mailto:ahmad@gov.my"})
    void whatIsNotAnAddressIsNotOfficialAndThrowsNothing(String address) {
        assertThat(OfficialAddresses.normalise(address)).as(String.valueOf(address)).isEmpty();
        assertThat(official.isOfficial(address)).isFalse();
        assertThat(official.isOfficial(address, address)).isFalse();
    }

    @Test
    void overlongPartsAreNotAddresses() {
        assertThat(OfficialAddresses.normalise("ahmad@" + "a".repeat(63) + ".gov.my")).isPresent();
        assertThat(OfficialAddresses.normalise("ahmad@" + "a".repeat(64) + ".gov.my")).isEmpty();
        assertThat(OfficialAddresses.normalise("a".repeat(64) + "@gov.my")).isPresent();
        assertThat(OfficialAddresses.normalise("a".repeat(65) + "@gov.my")).isEmpty();
        String[] labels = new String[60];
        Arrays.fill(labels, "abcd");
        assertThat(OfficialAddresses.normalise("ahmad@" + String.join(".", labels) + ".my")).isEmpty();
    }

    @Test
    void theConfiguredDomainsAreNormalisedAndMustBeDomains() {
        OfficialAddresses configured = new OfficialAddresses(Arrays.asList(" GOV.MY. ", "", null, "gov.my"));
        assertThat(configured.domains()).containsExactly("gov.my");
        assertThatIllegalArgumentException().isThrownBy(() -> new OfficialAddresses(List.of("gov.my", "not a domain!")))
                .withMessageContaining("not a domain!");
    }

    @Test
    void theDomainOfAnAddress() {
        assertThat(OfficialAddresses.domainOf("Siti@JDE.example.")).hasValue("jde.example");
        assertThat(OfficialAddresses.domainOf("siti")).isEmpty();
    }
}
