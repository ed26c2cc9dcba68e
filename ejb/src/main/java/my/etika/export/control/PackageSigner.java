package my.etika.export.control;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/**
 * Signs export packages with the agency's key: Ed25519 ({@code signature.ed25519}) or RSA-PSS with SHA-256, MGF1
 * SHA-256 and a 32-byte salt ({@code signature.rsa-pss}), the raw signature bytes in either case, so that
 * {@code openssl pkeyutl -verify -rawin} or {@code openssl dgst -sigopt rsa_padding_mode:pss} checks them too.
 * JDK only.
 */
public final class PackageSigner {

    public static final String ED25519_FILE = "signature.ed25519";
    public static final String RSA_PSS_FILE = "signature.rsa-pss";

    private static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32,
            1);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    public PackageSigner(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
        byte[] probe = "etika export key check".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!verify(publicKey, fileName(), probe, sign(probe))) {
            throw new IllegalArgumentException("The export signing key and its public key are not a pair");
        }
    }

    public PublicKey publicKey() {
        return publicKey;
    }

    /** The name of the signature file in the bag. */
    public String fileName() {
        return fileNameFor(privateKey.getAlgorithm());
    }

    /** Signs the concatenation of the parts. */
    public byte[] sign(byte[]... parts) {
        try {
            Signature signature = signature(privateKey.getAlgorithm());
            signature.initSign(privateKey);
            for (byte[] part : parts) {
                signature.update(part);
            }
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The export package could not be signed", e);
        }
    }

    /** Whether {@code signed} is the signature of the concatenated parts, by the signature file's algorithm. */
    public static boolean verify(PublicKey key, String signatureFile, byte[] message, byte[] signed) {
        if (!signatureFile.equals(fileNameFor(key.getAlgorithm()))) {
            return false;
        }
        try {
            Signature signature = signature(key.getAlgorithm());
            signature.initVerify(key);
            signature.update(message);
            return signature.verify(signed);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static String fileNameFor(String keyAlgorithm) {
        return switch (keyAlgorithm) {
            case "Ed25519", "EdDSA" -> ED25519_FILE;
            case "RSA", "RSASSA-PSS" -> RSA_PSS_FILE;
            default -> throw new IllegalArgumentException("Export packages are signed with Ed25519 or RSA keys, not "
                    + keyAlgorithm);
        };
    }

    private static Signature signature(String keyAlgorithm) throws GeneralSecurityException {
        if (ED25519_FILE.equals(fileNameFor(keyAlgorithm))) {
            return Signature.getInstance("Ed25519");
        }
        Signature pss = Signature.getInstance("RSASSA-PSS");
        try {
            pss.setParameter(PSS);
        } catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException(e);
        }
        return pss;
    }
}
