package my.etika.export.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stable pseudonyms for personal data in masked exports: the same name, login or address gives the same
 * pseudonym in every export (so an auditor still sees patterns: the same officer in five cases), and nothing of
 * the value shows. A pseudonym is a keyed hash (HMAC-SHA256 with the installation's secret), so it cannot be
 * reversed by hashing a list of names.
 */
public final class Pseudonyms {

    private static final int HEX_CHARACTERS = 12;

    private final byte[] key;

    public Pseudonyms(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A masking key of at least 32 bytes");
        }
        this.key = key.clone();
    }

    public String name(String value) {
        return value == null || value.isBlank() ? value : "Pegawai-" + code("name", value);
    }

    public String login(String value) {
        return value == null || value.isBlank() ? value : "id-" + code("login", value);
    }

    public String email(String value) {
        return value == null || value.isBlank() ? value : code("email", value) + "@masked.invalid";
    }

    /** Case, spacing and Unicode form do not make a different person. */
    private String code(String kind, String value) {
        String normal = Normalizer.normalize(value.strip(), Normalizer.Form.NFKC).replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((kind + ":").getBytes(UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(normal.getBytes(UTF_8))).substring(0, HEX_CHARACTERS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
