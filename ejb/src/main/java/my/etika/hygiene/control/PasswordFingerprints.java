package my.etika.hygiene.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import javax.security.auth.DestroyFailedException;

/**
 * Keyed, slow fingerprints of official accounts' passwords: PBKDF2-HMAC-SHA256, {@value #ITERATIONS} iterations, 32
 * bytes, written {@code pbkdf2-sha256:210000:<Base64>}.
 *
 * <p>
 * <b>Why one salt for all records.</b> The salt is not random per record but HMAC-SHA256(secret,
 * {@code "etika-official-password-fingerprint"}): the same password must give the same fingerprint on every account,
 * or reuse across accounts could not be seen without keeping the passwords. A per-record salt would defeat that.
 * <b>What protects the fingerprints instead</b> is the secret from configuration (at least 32 bytes, never stored
 * with the fingerprints): without it nobody can derive the salt, so stolen fingerprints cannot be attacked with
 * precomputed tables nor even guessed at offline; with it, every guess still costs {@value #ITERATIONS} PBKDF2
 * iterations. Keep the secret stable: fingerprints made under another secret no longer match anything.
 *
 * <p>
 * The tag in front of each value names the algorithm and the iteration count, so the cost can be raised later:
 * {@link Candidate#matches} re-derives at the count a stored value names, and new fingerprints take the new count.
 *
 * <p>
 * Thread-safe: the salt never changes and each derivation uses its own JCA objects.
 */
public final class PasswordFingerprints {

    /** Algorithm name written in front of every fingerprint. */
    public static final String ALGORITHM = "pbkdf2-sha256";

    /**
     * PBKDF2 iterations of new fingerprints. Lower than OWASP's 600,000 for PBKDF2-HMAC-SHA256 password storage
     * because the secret-derived salt, not the cost, is the main protection here; raise it through the tag.
     */
    public static final int ITERATIONS = 210_000;

    /** Shortest accepted secret, in bytes. */
    public static final int MIN_SECRET_BYTES = 32;

    private static final String SALT_LABEL = "etika-official-password-fingerprint";
    private static final int HASH_BYTES = 32;
    // Bounds on the count a stored value may ask for: a damaged or forged value must not stall a check for minutes.
    private static final int MIN_STORED_ITERATIONS = 10_000;
    private static final int MAX_STORED_ITERATIONS = 10_000_000;

    private final byte[] salt;

    /**
     * Fingerprints keyed with this secret. Only the salt derived from it is kept; the caller's array is neither kept
     * nor changed.
     *
     * @throws IllegalArgumentException if the secret is shorter than {@value #MIN_SECRET_BYTES} bytes
     */
    public PasswordFingerprints(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the fingerprint secret must be at least " + MIN_SECRET_BYTES
                    + " bytes, got " + (secret == null ? "none" : secret.length));
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret, "HmacSHA256"));
            this.salt = hmac.doFinal(SALT_LABEL.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * One password, ready to be fingerprinted and compared. Holds a copy of the password: close it to zero the copy
     * and the derived hashes.
     */
    public Candidate candidate(char[] password) {
        return new Candidate(password);
    }

    /** One password being compared with stored fingerprints; not thread-safe, use it once and close it. */
    public final class Candidate implements AutoCloseable {

        private final char[] password;
        private final Map<Integer, byte[]> hashByIterations = new HashMap<>();

        private Candidate(char[] password) {
            this.password = password.clone();
        }

        /** The password's fingerprint at the current cost, tagged. */
        public String value() {
            return ALGORITHM + ":" + ITERATIONS + ":" + Base64.getEncoder().encodeToString(hash(ITERATIONS));
        }

        /**
         * Whether this password is the one a stored fingerprint was made from, compared in constant time.
         *
         * @throws IllegalArgumentException if the stored value names another algorithm or an unreasonable cost
         */
        public boolean matches(Fingerprint stored) {
            String[] parts = stored.value().split(":", 3);
            if (!ALGORITHM.equals(parts[0])) {
                throw new IllegalArgumentException("fingerprint of account " + stored.accountId()
                        + " uses an unsupported algorithm: " + parts[0]);
            }
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < MIN_STORED_ITERATIONS || iterations > MAX_STORED_ITERATIONS) {
                throw new IllegalArgumentException("fingerprint of account " + stored.accountId()
                        + " has an out-of-range iteration count: " + iterations);
            }
            byte[] expected = Base64.getDecoder().decode(parts[2]);
            try {
                return MessageDigest.isEqual(hash(iterations), expected);
            } finally {
                Arrays.fill(expected, (byte) 0);
            }
        }

        private byte[] hash(int iterations) {
            return hashByIterations.computeIfAbsent(iterations, this::derive);
        }

        private byte[] derive(int iterations) {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BYTES * 8);
            SecretKey key = null;
            try {
                key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec);
                return key.getEncoded();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("PBKDF2WithHmacSHA256 unavailable", e);
            } finally {
                spec.clearPassword();
                destroy(key);
            }
        }

        /** Zeroes the password copy and the derived hashes. */
        @Override
        public void close() {
            Arrays.fill(password, '\0');
            hashByIterations.values().forEach(hash -> Arrays.fill(hash, (byte) 0));
            hashByIterations.clear();
        }
    }

    // The JDK's PBKDF2 key keeps the password until it is destroyed or collected; older JDKs cannot destroy it and
    // zero it when it is collected instead.
    private static void destroy(SecretKey key) {
        if (key != null && !key.isDestroyed()) {
            try {
                key.destroy();
            } catch (DestroyFailedException e) {
                // left to the JDK's cleaner
            }
        }
    }
}
