package my.etika.ldapschema.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Random;

/**
 * OpenLDAP-style salted SHA-1 password values: {@code {SSHA}base64(SHA1(password + salt) + salt)} with an
 * 8-byte salt. SSHA is weak for real passwords; here it is what slapd, 389-DS and the UnboundID in-memory server
 * all verify out of the box, for a public demo password.
 *
 * <p>Not thread-safe: holds one digest.
 */
final class SshaPasswords {

    static final int SALT_LENGTH = 8;

    private final MessageDigest sha1;

    SshaPasswords() {
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-1", e);
        }
    }

    /** Hashes with a salt drawn from the given (seeded) random, so the output is reproducible. */
    String hash(String password, Random saltSource) {
        byte[] salt = new byte[SALT_LENGTH];
        saltSource.nextBytes(salt);
        return hash(password, salt);
    }

    String hash(String password, byte[] salt) {
        sha1.reset();
        sha1.update(password.getBytes(StandardCharsets.UTF_8));
        sha1.update(salt);
        byte[] digest = sha1.digest();
        byte[] digestAndSalt = new byte[digest.length + salt.length];
        System.arraycopy(digest, 0, digestAndSalt, 0, digest.length);
        System.arraycopy(salt, 0, digestAndSalt, digest.length, salt.length);
        return "{SSHA}" + Base64.getEncoder().encodeToString(digestAndSalt);
    }
}
