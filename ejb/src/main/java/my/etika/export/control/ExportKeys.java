package my.etika.export.control;

import static java.nio.charset.StandardCharsets.US_ASCII;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The keys of exports. Signing: {@code etika.export.signing-key} ({@code ETIKA_EXPORT_SIGNING_KEY}, an unencrypted
 * PKCS#8 PEM, Ed25519 or RSA), with {@code etika.export.public-key} (SubjectPublicKeyInfo PEM) beside an Ed25519
 * one, whose public key the JDK cannot derive. Masking: {@code etika.export.masking-secret} (Base64 of at least 32
 * bytes). Without them (the embedded default) an Ed25519 pair and a secret are made at first start in the server's
 * data directory, readable by the owner only, as for {@code hygiene.control.PasswordSecret}.
 */
@ApplicationScoped
public class ExportKeys {

    private static final Logger LOG = Logger.getLogger(ExportKeys.class.getName());
    static final String PRIVATE_FILE = "etika-export-signing-key.pem";
    static final String PUBLIC_FILE = "etika-export-public-key.pem";
    static final String SECRET_FILE = "etika-export-masking.secret";

    @Inject
    Config config;

    private volatile PackageSigner signer;
    private volatile Pseudonyms pseudonyms;

    public PackageSigner signer() {
        if (signer == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = signer(config.getOptionalValue("etika.export.signing-key", String.class),
                            config.getOptionalValue("etika.export.public-key", String.class), dataDirectory());
                }
            }
        }
        return signer;
    }

    public Pseudonyms pseudonyms() {
        if (pseudonyms == null) {
            synchronized (this) {
                if (pseudonyms == null) {
                    pseudonyms = new Pseudonyms(maskingSecret(config.getOptionalValue("etika.export.masking-secret",
                            String.class), dataDirectory()));
                }
            }
        }
        return pseudonyms;
    }

    /** Where packages are kept: {@code <data dir>/etika/exports}. */
    public Path exportDirectory() {
        return dataDirectory().resolve("etika").resolve("exports");
    }

    private Path dataDirectory() {
        return Path.of(config.getOptionalValue("jboss.server.data.dir", String.class)
                .orElse(System.getProperty("java.io.tmpdir")));
    }

    static PackageSigner signer(Optional<String> privatePem, Optional<String> publicPem, Path dataDirectory) {
        if (privatePem.isPresent()) {
            PrivateKey key = PemKeys.privateKey(privatePem.get());
            PublicKey pub = publicPem.map(PemKeys::publicKey).or(() -> PemKeys.publicKeyOf(key)).orElseThrow(
                    () -> new IllegalStateException("etika.export.signing-key is an Ed25519 key: set its public"
                            + " key in etika.export.public-key (ETIKA_EXPORT_PUBLIC_KEY)"));
            return new PackageSigner(key, pub);
        }
        Path privateFile = dataDirectory.resolve(PRIVATE_FILE);
        Path publicFile = dataDirectory.resolve(PUBLIC_FILE);
        try {
            if (!Files.exists(privateFile)) {
                KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                Files.writeString(publicFile, PemKeys.pem(pair.getPublic()), US_ASCII);
                ownerOnly(Files.writeString(privateFile, PemKeys.pem(pair.getPrivate()), US_ASCII));
                LOG.warning(() -> "No etika.export.signing-key configured: an Ed25519 key was made in " + privateFile
                        + " (set ETIKA_EXPORT_SIGNING_KEY in production)");
            }
            return new PackageSigner(PemKeys.privateKey(Files.readString(privateFile, US_ASCII)),
                    PemKeys.publicKey(Files.readString(publicFile, US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] maskingSecret(Optional<String> configured, Path dataDirectory) {
        if (configured.isPresent()) {
            return Base64.getDecoder().decode(configured.get().strip());
        }
        Path file = dataDirectory.resolve(SECRET_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                ownerOnly(Files.writeString(file, Base64.getEncoder().encodeToString(fresh), US_ASCII));
                LOG.warning(() -> "No etika.export.masking-secret configured: a secret was made in " + file);
            }
            return Base64.getDecoder().decode(Files.readString(file, US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.fine("No POSIX permissions here for " + file);
        }
    }
}
