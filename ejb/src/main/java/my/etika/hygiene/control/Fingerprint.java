package my.etika.hygiene.control;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The keyed, slow fingerprint of one password of one official account: what Etika keeps instead of the password, to
 * tell whether a new password repeats a current or earlier one. The value carries its algorithm and cost
 * ({@code pbkdf2-sha256:210000:<Base64 of 32 bytes>}, see {@link PasswordFingerprints}) so that fingerprints made
 * with other parameters can still be compared and migrated.
 *
 * <p>
 * {@link #toString()} leaves out the hash: it cannot be reversed without the configured secret, but it does not
 * belong in logs either.
 *
 * @param accountId the official account's opaque id
 * @param current {@code true} for the account's current password, {@code false} for a previous one
 * @param value the tagged fingerprint
 */
public record Fingerprint(String accountId, boolean current, String value) {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9-]+:[0-9]{1,9}:[A-Za-z0-9+/]+={0,2}");

    public Fingerprint {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(value, "value");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId is blank");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("fingerprint of account " + accountId
                    + " is not in the form algorithm:iterations:base64");
        }
    }

    /** The fingerprint of the account's current password. */
    public static Fingerprint current(String accountId, String value) {
        return new Fingerprint(accountId, true, value);
    }

    /** The fingerprint of one of the account's previous passwords. */
    public static Fingerprint previous(String accountId, String value) {
        return new Fingerprint(accountId, false, value);
    }

    /** This fingerprint once its password has been replaced by a new one. */
    public Fingerprint asPrevious() {
        return new Fingerprint(accountId, false, value);
    }

    /** The algorithm and cost, such as {@code pbkdf2-sha256:210000}. */
    public String tag() {
        return value.substring(0, value.lastIndexOf(':'));
    }

    @Override
    public String toString() {
        return "Fingerprint[accountId=" + accountId + ", current=" + current + ", value=" + tag() + ":…]";
    }
}
