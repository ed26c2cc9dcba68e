package my.etika.ldapschema.demo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import java.util.UUID;

/**
 * Derives, from the seed and the logical identity of an entry (e.g. {@code officer:41}, {@code ou:IP-BTM}), the
 * random stream its attributes are drawn from and its entryUUID. An officer therefore keeps its values and its
 * entryUUID when the directory is regenerated with more officers.
 *
 * <p>{@link Random} rather than {@code SplittableRandom}: its algorithm is part of its specification, so the
 * same seed gives the same LDIF on every Java version. Not thread-safe: holds one digest.
 */
final class SeededIdentities {

    /** RFC 4122 name-based (version 5) namespace of the Etika demo directory. */
    private static final UUID NAMESPACE = UUID.fromString("5e0c4d1c-6a53-4c8f-9a0e-3f3b8e2d7a10");

    private final long seed;
    private final MessageDigest sha1;

    SeededIdentities(long seed) {
        this.seed = seed;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-1", e);
        }
    }

    Random random(String identity) {
        return new Random(ByteBuffer.wrap(digest("random", identity)).getLong());
    }

    /** A version 5 UUID of {@code <seed>/<identity>} in the demo namespace. */
    UUID entryUuid(String identity) {
        byte[] hash = digest("uuid", identity);
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bits.getLong(), bits.getLong());
    }

    private byte[] digest(String purpose, String identity) {
        sha1.reset();
        sha1.update(ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits())
                .putLong(NAMESPACE.getLeastSignificantBits()).array());
        sha1.update((purpose + "/" + seed + "/" + identity).getBytes(StandardCharsets.UTF_8));
        return sha1.digest();
    }
}
