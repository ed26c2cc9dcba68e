package my.etika.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;

/**
 * Remembers, for a short time ({@code etika.api.credential-cache-seconds}, 60 by default, 0 for never), that the
 * directory accepted a login and password on the stateless API, so that a client making many calls does not cost
 * the directory three operations per call. Only an HMAC of the password under a key made at start-up is kept,
 * never the password; a different password, a refusal or the time running out sends the next call to the
 * directory again. A login page session already trusts its login for much longer; signing a declaration always asks
 * the directory.
 */
@ApplicationScoped
public class ApiCredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    Config config;

    private final byte[] key = new byte[32];
    private LongSupplier clock = System::nanoTime;
    private long ttlNanos;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** What the directory said, and until when it is believed. */
    public record Accepted(String login, Set<String> roles) {
    }

    private record Entry(byte[] mac, Accepted accepted, long expiresAt) {
    }

    @PostConstruct
    void init() {
        new SecureRandom().nextBytes(key);
        ttlNanos = config.getOptionalValue("etika.api.credential-cache-seconds", Long.class).orElse(60L)
                * 1_000_000_000L;
    }

    /** For tests: a time-to-live and a clock of their own. */
    void configure(long ttlSeconds, LongSupplier nanoClock) {
        new SecureRandom().nextBytes(key);
        ttlNanos = ttlSeconds * 1_000_000_000L;
        clock = nanoClock;
    }

    public Optional<Accepted> lookup(String login, String password) {
        if (ttlNanos <= 0) {
            return Optional.empty();
        }
        Entry entry;
        synchronized (entries) {
            entry = entries.get(login);
        }
        if (entry == null || clock.getAsLong() - entry.expiresAt() > 0
                || !MessageDigest.isEqual(entry.mac(), mac(login, password))) {
            return Optional.empty();
        }
        return Optional.of(entry.accepted());
    }

    public void remember(String login, String password, Accepted accepted) {
        if (ttlNanos <= 0) {
            return;
        }
        Entry entry = new Entry(mac(login, password), accepted, clock.getAsLong() + ttlNanos);
        synchronized (entries) {
            entries.put(login, entry);
        }
    }

    public void forget(String login) {
        synchronized (entries) {
            entries.remove(login);
        }
    }

    private byte[] mac(String login, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(login.getBytes(StandardCharsets.UTF_8));
            hmac.update((byte) 0);
            return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java platform has HmacSHA256", e);
        }
    }
}
