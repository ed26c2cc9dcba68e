package my.etika.export.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Checks an export package offline with the JDK alone: every file of the bag hashes to what its manifest says,
 * no data file is missing or unlisted, and the agency's signature over {@code manifest-sha256.txt} and
 * {@code data/manifest.json} holds for the given public key (from {@code GET /api/v1/exports/public-key}).
 * <pre>
 * java -cp etika-ejb.jar my.etika.export.control.PackageVerifier export-42.zip export-public-key.pem
 * </pre>
 * prints {@code VERIFIED} and exits 0, or prints each problem and exits 1 (2 for wrong arguments).
 */
public final class PackageVerifier {

    /** What a verification found: nothing when the package is intact and signed by the key. */
    public record Result(List<String> problems) {

        public boolean verified() {
            return problems.isEmpty();
        }
    }

    private PackageVerifier() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: java -cp etika-ejb.jar " + PackageVerifier.class.getName()
                    + " <package.zip> <public-key.pem>");
            System.exit(2);
        }
        PublicKey key = PemKeys.publicKey(Files.readString(Path.of(args[1]), UTF_8));
        Result result = verify(Path.of(args[0]), key);
        if (result.verified()) {
            System.out.println("VERIFIED");
            return;
        }
        result.problems().forEach(System.out::println);
        System.exit(1);
    }

    public static Result verify(Path zipFile, PublicKey key) throws IOException {
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile(), UTF_8)) {
            String root = root(zip);
            if (root == null) {
                return new Result(List.of("No bag: the zip has no single */bagit.txt"));
            }
            Map<String, ZipEntry> files = filesUnder(zip, root);
            Map<String, String> payload = checkManifest(zip, files, PackageManifest.PAYLOAD, problems);
            checkManifest(zip, files, PackageManifest.TAG, problems);
            files.keySet().stream().filter(path -> path.startsWith("data/") && !payload.containsKey(path))
                    .forEach(path -> problems.add("Not in " + ExportPackage.PAYLOAD_MANIFEST + ": " + path));
            checkSignature(zip, files, key, problems);
        }
        return new Result(List.copyOf(problems));
    }

    private enum PackageManifest {
        PAYLOAD(ExportPackage.PAYLOAD_MANIFEST), TAG(ExportPackage.TAG_MANIFEST);

        final String path;

        PackageManifest(String path) {
            this.path = path;
        }
    }

    private static Map<String, String> checkManifest(ZipFile zip, Map<String, ZipEntry> files,
            PackageManifest manifest, List<String> problems) throws IOException {
        ZipEntry entry = files.get(manifest.path);
        if (entry == null) {
            problems.add("Missing " + manifest.path);
            return Map.of();
        }
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : new String(read(zip, entry), UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" +", 2);
            if (parts.length != 2) {
                problems.add("Unreadable line in " + manifest.path + ": " + line);
                continue;
            }
            listed.put(parts[1], parts[0]);
        }
        for (Map.Entry<String, String> file : listed.entrySet()) {
            ZipEntry listedEntry = files.get(file.getKey());
            if (listedEntry == null) {
                problems.add("Missing " + file.getKey());
            } else if (!hash(zip, listedEntry).equalsIgnoreCase(file.getValue())) {
                problems.add("Changed " + file.getKey() + ": its SHA-256 is not the one in " + manifest.path);
            }
        }
        return listed;
    }

    private static void checkSignature(ZipFile zip, Map<String, ZipEntry> files, PublicKey key,
            List<String> problems) throws IOException {
        String signatureFile = PackageSigner.fileNameFor(key.getAlgorithm());
        ZipEntry signature = files.get(signatureFile);
        ZipEntry payload = files.get(ExportPackage.PAYLOAD_MANIFEST);
        ZipEntry manifest = files.get(ExportPackage.MANIFEST_JSON);
        if (signature == null || payload == null || manifest == null) {
            problems.add("Missing " + (signature == null ? signatureFile
                    : payload == null ? ExportPackage.PAYLOAD_MANIFEST : ExportPackage.MANIFEST_JSON)
                    + ": the signature cannot be checked");
            return;
        }
        byte[] payloadBytes = read(zip, payload);
        byte[] manifestBytes = read(zip, manifest);
        byte[] message = new byte[payloadBytes.length + manifestBytes.length];
        System.arraycopy(payloadBytes, 0, message, 0, payloadBytes.length);
        System.arraycopy(manifestBytes, 0, message, payloadBytes.length, manifestBytes.length);
        if (!PackageSigner.verify(key, signatureFile, message, read(zip, signature))) {
            problems.add("Bad signature: " + signatureFile + " was not made by this key over "
                    + ExportPackage.PAYLOAD_MANIFEST + " and " + ExportPackage.MANIFEST_JSON);
        }
    }

    private static String root(ZipFile zip) {
        List<String> roots = new ArrayList<>();
        zip.stream().map(ZipEntry::getName).filter(name -> name.endsWith("/bagit.txt")
                && name.indexOf('/') == name.length() - "/bagit.txt".length())
                .forEach(name -> roots.add(name.substring(0, name.length() - "bagit.txt".length())));
        return roots.size() == 1 ? roots.get(0) : null;
    }

    private static Map<String, ZipEntry> filesUnder(ZipFile zip, String root) {
        Map<String, ZipEntry> files = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(root)) {
                files.put(entry.getName().substring(root.length()), entry);
            }
        }
        return files;
    }

    private static String hash(ZipFile zip, ZipEntry entry) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(entry)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    // not ExportPackage's: the verifier runs with the JDK alone, and ExportPackage needs Jakarta JSON
    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
