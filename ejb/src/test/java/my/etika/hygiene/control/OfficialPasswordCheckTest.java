package my.etika.hygiene.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Each check costs one PBKDF2 derivation (a few hundred milliseconds): the tests keep their number small. */
class OfficialPasswordCheckTest {

    private static final byte[] SECRET = "etika-test-secret-0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final OfficialPasswordCheck CHECK = new OfficialPasswordCheck(SECRET);
    private static final String STRONG = "Gajah biru menyanyi 47 lagu di Kuching!";

    @Test
    void aShortPasswordIsTooShort() {
        Result result = CHECK.check("Kx9#vQ2!mZ".toCharArray(), "fb-agency", List.of());

        assertThat(result.passed()).isFalse();
        assertThat(result.reasons()).contains(Reason.TOO_SHORT);
    }

    @Test
    void aCommonPasswordIsRefused() {
        Result result = CHECK.check("Password1234".toCharArray(), "fb-agency", List.of());

        assertThat(result.passed()).isFalse();
        assertThat(result.reasons()).containsAnyOf(Reason.COMMON_OR_BREACHED, Reason.TOO_WEAK)
                .doesNotContain(Reason.TOO_SHORT);
        assertThat(result.score()).isLessThan(OfficialPasswordCheck.MIN_SCORE);
        assertThat(result.hint().warningKey()).isPresent();
    }

    @Test
    void aLongPassphrasePassesAndTheCallersArrayIsLeftAsItWas() {
        char[] password = STRONG.toCharArray();

        Result result = CHECK.check(password, "fb-agency", List.of(), List.of("Jabatan Kastam Diraja Malaysia"));

        assertThat(result.reasons()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(result.score()).isGreaterThanOrEqualTo(OfficialPasswordCheck.MIN_SCORE);
        assertThat(result.hint().crackTimeSeconds()).isGreaterThan(1e6);
        assertThat(result.fingerprint().accountId()).isEqualTo("fb-agency");
        assertThat(result.fingerprint().current()).isTrue();
        assertThat(password).isEqualTo(STRONG.toCharArray());
    }

    @Test
    void aPasswordBuiltFromTheAgencysOwnWordsScoresLow() {
        char[] password = "KastamDirajaMalaysia".toCharArray();
        List<String> agency = List.of("Jabatan Kastam Diraja Malaysia", "@KastamMY", "Facebook");

        int alone = PasswordStrength.estimate(password, List.of()).score();
        Result result = CHECK.check(password, "fb-kastam", List.of(), agency);

        assertThat(alone).isGreaterThanOrEqualTo(OfficialPasswordCheck.MIN_SCORE);
        assertThat(result.score()).isLessThan(OfficialPasswordCheck.MIN_SCORE);
        assertThat(result.reasons()).containsExactly(Reason.TOO_WEAK);
    }

    @Test
    void agencyNamesGiveRunsOfWordsWordsAndInitials() {
        assertThat(PasswordStrength.words(List.of("Jabatan Kastam Diraja Malaysia", "@KastamMY", " X ")))
                .containsExactly("jabatankastamdirajamalaysia", "jabatankastamdiraja", "kastamdirajamalaysia",
                        "jabatankastam", "kastamdiraja", "dirajamalaysia", "jabatan", "kastam", "diraja", "malaysia",
                        "jkdm", "kastammy", "x");
    }

    @Test
    void theCurrentPasswordOfAnotherAccountIsReuse() {
        Fingerprint facebook = CHECK.check(STRONG.toCharArray(), "fb-agency", List.of()).fingerprint();

        Result result = CHECK.check(STRONG.toCharArray(), "x-agency",
                List.of(facebook, Fingerprint.previous("ig-agency", facebook.value())));

        assertThat(result.reasons()).containsExactly(Reason.REUSED_ON_ANOTHER_ACCOUNT);
        // The same password gives the same fingerprint on every account: that is what makes reuse visible.
        assertThat(result.fingerprint().value()).isEqualTo(facebook.value());
        assertThat(result.fingerprint().accountId()).isEqualTo("x-agency");
    }

    @Test
    void aPreviousPasswordOfTheSameAccountIsRefused() {
        char[] old = "Sotong goreng tepung 3 pinggan, Melaka!".toCharArray();
        Fingerprint previous = CHECK.check(old, "fb-agency", List.of()).fingerprint().asPrevious();
        // Another account's previous password is no reuse
        Fingerprint elsewhere = Fingerprint.previous("x-agency", previous.value());

        Result result = CHECK.check(old, "fb-agency", List.of(previous, elsewhere));

        assertThat(result.reasons()).containsExactly(Reason.PREVIOUSLY_USED);
    }

    @Test
    void fingerprintsAreTaggedPbkdf2OfTheSecretDerivedSalt() throws Exception {
        char[] password = STRONG.toCharArray();
        String value;
        try (PasswordFingerprints.Candidate candidate = new PasswordFingerprints(SECRET).candidate(password)) {
            value = candidate.value();
        }

        assertThat(value).matches("pbkdf2-sha256:210000:[A-Za-z0-9+/]{43}=");
        assertThat(Base64.getDecoder().decode(value.substring("pbkdf2-sha256:210000:".length()))).hasSize(32);
        assertThat(value).endsWith(Base64.getEncoder().encodeToString(pbkdf2(SECRET, password, 210_000)));
    }

    @Test
    void anotherSecretGivesAnotherFingerprint() {
        byte[] otherSecret = SECRET.clone();
        otherSecret[0] ^= 1;

        String mine;
        String theirs;
        try (PasswordFingerprints.Candidate a = new PasswordFingerprints(SECRET).candidate(STRONG.toCharArray());
                PasswordFingerprints.Candidate b = new PasswordFingerprints(otherSecret)
                        .candidate(STRONG.toCharArray())) {
            mine = a.value();
            theirs = b.value();
            assertThat(b.matches(Fingerprint.current("fb-agency", mine))).isFalse();
        }

        assertThat(theirs).isNotEqualTo(mine).startsWith("pbkdf2-sha256:210000:");
    }

    @Test
    void aFingerprintMadeWithAnotherIterationCountStillMatches() throws Exception {
        char[] password = STRONG.toCharArray();
        Fingerprint older = Fingerprint.previous("fb-agency",
                "pbkdf2-sha256:10000:" + Base64.getEncoder().encodeToString(pbkdf2(SECRET, password, 10_000)));

        try (PasswordFingerprints.Candidate candidate = new PasswordFingerprints(SECRET).candidate(password)) {
            assertThat(candidate.matches(older)).isTrue();
        }
    }

    @Test
    void thePasswordAppearsInNoToStringAndNoExceptionMessage() {
        String distinctive = "Zirafah-Quokka-Rambutan-9731!";

        Result result = CHECK.check(distinctive.toCharArray(), "fb-agency", List.of());

        assertThat(result.passed()).isTrue();
        assertThat(result.toString()).doesNotContain(distinctive).doesNotContain("Zirafah")
                .doesNotContain(result.fingerprint().value().substring(25));
        assertThat(result.fingerprint().toString()).contains("pbkdf2-sha256:210000").contains("fb-agency");
        List<Throwable> thrown = List.of(
                catchThrowable(() -> CHECK.check(distinctive.toCharArray(), " ", List.of())),
                catchThrowable(() -> CHECK.check(distinctive.toCharArray(), "fb-agency",
                        List.of(Fingerprint.current("x-agency", "sha1:1:AAAA")))),
                catchThrowable(() -> CHECK.check(distinctive.toCharArray(), "fb-agency",
                        List.of(Fingerprint.current("x-agency", "pbkdf2-sha256:1:AAAA")))),
                catchThrowable(() -> CHECK.check(distinctive.toCharArray(), "fb-agency", List.of(),
                        Arrays.asList("Kastam", null))),
                catchThrowable(() -> CHECK.check(distinctive.toCharArray(), null, List.of())));
        assertThat(thrown).allSatisfy(e -> {
            assertThat(e).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class);
            assertThat(e.getMessage()).isNotBlank().doesNotContain(distinctive).doesNotContain("Zirafah");
        });
    }

    @Test
    void aSecretShorterThan32BytesIsRejected() {
        assertThatThrownBy(() -> new OfficialPasswordCheck(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32");
        assertThatThrownBy(() -> new OfficialPasswordCheck(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theBlockListIgnoresCaseAndHasEtikasMalaysianAdditions() {
        PasswordBlockList list = PasswordBlockList.standard();

        // SecLists' 10,000 have case variants ("password", "PASSWORD") that count once here
        assertThat(list.size()).isGreaterThan(9_900);
        assertThat(list.contains("qwerty123456".toCharArray())).isTrue();
        assertThat(list.contains("PASSWORD123".toCharArray())).isTrue();
        assertThat(list.contains("pUtRaJaYa2024".toCharArray())).isTrue();
        assertThat(list.contains("password@123".toCharArray())).isTrue();
        assertThat(list.contains("Jkdm1234".toCharArray())).isTrue();
        assertThat(list.contains(STRONG.toCharArray())).isFalse();
        assertThat(list.contains(new char[0])).isFalse();
    }

    @Test
    void aBlockListedPasswordLongAndStrongEnoughIsStillRefused() {
        Result result = CHECK.check("Putrajaya2024".toCharArray(), "fb-agency", List.of(),
                List.of("Perbadanan Putrajaya"));

        assertThat(result.reasons()).contains(Reason.COMMON_OR_BREACHED).doesNotContain(Reason.TOO_SHORT);
    }

    /** The documented construction, independently: PBKDF2-HMAC-SHA256 with salt HMAC-SHA256(secret, label). */
    private static byte[] pbkdf2(byte[] secret, char[] password, int iterations) throws Exception {
        Mac hmac = Mac.getInstance("HmacSHA256");
        hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
        byte[] salt = hmac.doFinal("etika-official-password-fingerprint".getBytes(StandardCharsets.US_ASCII));
        return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
    }
}
