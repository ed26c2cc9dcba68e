package my.etika.ldapschema.demo;

import com.unboundid.ldap.listener.Base64PasswordEncoderOutputFormatter;
import com.unboundid.ldap.listener.InMemoryPasswordEncoder;
import com.unboundid.ldap.listener.SaltedMessageDigestInMemoryPasswordEncoder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A SHA-1 {@link MessageDigest} that many threads may share: every call works on the calling thread's own digest.
 *
 * <p>UnboundID's {@code SaltedMessageDigestInMemoryPasswordEncoder} keeps the one {@code MessageDigest} it is given
 * and calls {@code digest(byte[])} on it from every connection's thread, unsynchronized. Under concurrent binds
 * (the signing load: 20 officers with no think time) the digests interleave and correct passwords are refused
 * now and then (9 of 1,611 requests answered 401 or "wrong password" in a smoke run). Given this digest instead,
 * the in-memory directory checks passwords correctly whatever the concurrency: {@link #sshaEncoder()} is the
 * {SSHA} encoder of the demo and benchmark directories.
 */
public final class ThreadSafeSha1 extends MessageDigest {

    private static final String ALGORITHM = "SHA-1";
    private final ThreadLocal<MessageDigest> own = ThreadLocal.withInitial(ThreadSafeSha1::newSha1);

    /** The {SSHA} password encoder (8-byte salt after the digest, Base64) on a digest every thread may share. */
    public static InMemoryPasswordEncoder sshaEncoder() {
        return new SaltedMessageDigestInMemoryPasswordEncoder("{SSHA}",
                Base64PasswordEncoderOutputFormatter.getInstance(), new ThreadSafeSha1(), 8, true, true);
    }

    ThreadSafeSha1() {
        super(ALGORITHM);
        newSha1(); // fails now, not on the first bind, if the JDK lacks SHA-1
    }

    @Override
    public byte[] digest(byte[] input) {
        return own.get().digest(input);
    }

    @Override
    protected int engineGetDigestLength() {
        return own.get().getDigestLength();
    }

    @Override
    protected void engineUpdate(byte input) {
        own.get().update(input);
    }

    @Override
    protected void engineUpdate(byte[] input, int offset, int len) {
        own.get().update(input, offset, len);
    }

    @Override
    protected byte[] engineDigest() {
        return own.get().digest();
    }

    @Override
    protected void engineReset() {
        own.get().reset();
    }

    private static MessageDigest newSha1() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
