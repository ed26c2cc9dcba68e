package my.etika.export.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** PEM keys without a library: PKCS#8 private keys and X.509 SubjectPublicKeyInfo public keys, Ed25519 or RSA. */
public final class PemKeys {

    private static final List<String> ALGORITHMS = List.of("Ed25519", "RSA");

    private PemKeys() {
    }

    public static PrivateKey privateKey(String pem) {
        byte[] der = der(pem, "PRIVATE KEY");
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("Not an unencrypted PKCS#8 Ed25519 or RSA private key");
    }

    public static PublicKey publicKey(String pem) {
        byte[] der = der(pem, "PUBLIC KEY");
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePublic(new X509EncodedKeySpec(der));
            } catch (GeneralSecurityException notThisOne) {
                // try the next algorithm
            }
        }
        throw new IllegalArgumentException("Not an Ed25519 or RSA public key (SubjectPublicKeyInfo)");
    }

    /** An RSA private key in CRT form carries its public key; an Ed25519 one gives no way to it in the JDK. */
    public static Optional<PublicKey> publicKeyOf(PrivateKey key) {
        if (key instanceof RSAPrivateCrtKey rsa) {
            try {
                return Optional.of(KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                        rsa.getModulus(), rsa.getPublicExponent())));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return Optional.empty();
    }

    /** The key as PEM: PKCS#8 for a private key, SubjectPublicKeyInfo for a public one. */
    public static String pem(Key key) {
        String label = key instanceof PrivateKey ? "PRIVATE KEY" : "PUBLIC KEY";
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END " + label + "-----\n";
    }

    private static byte[] der(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("Not a PEM " + label);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
