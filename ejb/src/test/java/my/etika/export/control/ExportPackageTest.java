package my.etika.export.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportPackageTest {

    private static final Instant AT = Instant.parse("2026-11-23T06:05:09Z");
    private static final String ROOT = "etika-export-42/";

    @TempDir
    Path dir;

    private final KeyPair keys = keyPair("Ed25519");

    @Test
    void aPackageIsABagWhoseFilesAndSignatureVerify() throws IOException {
        Path zip = write(keys, "incidents.csv");

        assertThat(PackageVerifier.verify(zip, keys.getPublic()).problems()).isEmpty();
        Map<String, byte[]> files = entries(zip);
        assertThat(files.keySet()).containsExactlyInAnyOrder(ROOT + "data/incidents.csv",
                ROOT + "data/manifest.json", ROOT + "manifest-sha256.txt", ROOT + "bagit.txt",
                ROOT + "bag-info.txt", ROOT + "signature.ed25519", ROOT + "tagmanifest-sha256.txt");
        assertThat(new String(files.get(ROOT + "bagit.txt"), UTF_8)).isEqualTo(
                "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
        byte[] csv = files.get(ROOT + "data/incidents.csv");
        assertThat(new String(files.get(ROOT + "manifest-sha256.txt"), UTF_8)).contains(sha256(csv)
                + "  data/incidents.csv\n");
        assertThat(new String(files.get(ROOT + "bag-info.txt"), UTF_8)).contains("Bagging-Date: 2026-11-23\n",
                "Payload-Oxum: " + (csv.length + files.get(ROOT + "data/manifest.json").length) + ".2\n",
                "Source-Organization: Jabatan Contoh\n");
    }

    @Test
    void theManifestSaysWhatWasExportedByWhomAndWhereTheAuditChainStood() throws IOException {
        Path zip = write(keys, "incidents.csv");

        JsonObject manifest = Json.createReader(new StringReader(new String(entries(zip).get(ROOT
                + "data/manifest.json"), UTF_8))).readObject();
        assertThat(manifest.getString("kind")).isEqualTo("INCIDENTS");
        assertThat(manifest.getString("requestedBy")).isEqualTo("demo.juruaudit");
        assertThat(manifest.getString("requestedAt")).isEqualTo("2026-11-23T06:05:09Z");
        assertThat(manifest.getBoolean("masked")).isTrue();
        assertThat(manifest.getJsonObject("filters").getString("status")).isEqualTo("CLOSED");
        assertThat(manifest.getJsonObject("auditChainHead").getJsonNumber("position").longValue()).isEqualTo(77);
        JsonObject file = manifest.getJsonArray("files").getJsonObject(0);
        assertThat(file.getString("path")).isEqualTo("data/incidents.csv");
        assertThat(file.getJsonNumber("rows").longValue()).isEqualTo(2);
        assertThat(file.getString("sha256")).isEqualTo(sha256(entries(zip).get(ROOT + "data/incidents.csv")));
    }

    @Test
    void aChangedByteInADataFileFailsVerification() throws IOException {
        Path zip = write(keys, "incidents.csv");
        Path changed = rewrite(zip, ROOT + "data/incidents.csv", bytes -> flip(bytes, bytes.length - 3));

        assertThat(PackageVerifier.verify(changed, keys.getPublic()).problems()).containsExactly(
                "Changed data/incidents.csv: its SHA-256 is not the one in manifest-sha256.txt");
    }

    @Test
    void aManifestChangedWithItsHashesUpdatedStillFailsOnTheSignature() throws IOException {
        Path zip = write(keys, "incidents.csv");
        Map<String, byte[]> files = entries(zip);
        byte[] oldManifest = files.get(ROOT + "data/manifest.json");
        byte[] newManifest = new String(oldManifest, UTF_8).replace("demo.juruaudit", "demo.pentadbir")
                .getBytes(UTF_8);
        byte[] newPayload = new String(files.get(ROOT + "manifest-sha256.txt"), UTF_8).replace(sha256(oldManifest),
                sha256(newManifest)).getBytes(UTF_8);
        Path forged = rewrite(rewrite(zip, ROOT + "data/manifest.json", bytes -> newManifest),
                ROOT + "manifest-sha256.txt", bytes -> newPayload);

        assertThat(PackageVerifier.verify(forged, keys.getPublic()).problems()).contains(
                "Bad signature: signature.ed25519 was not made by this key over manifest-sha256.txt and "
                        + "data/manifest.json");
    }

    @Test
    void anAddedOrRemovedDataFileFailsVerification() throws IOException {
        Path zip = write(keys, "incidents.csv");
        Path removed = rewrite(zip, ROOT + "data/incidents.csv", null);
        Path added = rewriteAdding(zip, ROOT + "data/extra.csv", "x\r\n".getBytes(UTF_8));

        assertThat(PackageVerifier.verify(removed, keys.getPublic()).problems()).contains(
                "Missing data/incidents.csv");
        assertThat(PackageVerifier.verify(added, keys.getPublic()).problems()).containsExactly(
                "Not in manifest-sha256.txt: data/extra.csv");
    }

    @Test
    void anotherKeyDoesNotVerify() throws IOException {
        Path zip = write(keys, "incidents.csv");

        assertThat(PackageVerifier.verify(zip, keyPair("Ed25519").getPublic()).verified()).isFalse();
    }

    @Test
    void rsaPssKeysSignToo() throws IOException {
        KeyPair rsa = keyPair("RSA");
        Path zip = write(rsa, "incidents.csv");

        assertThat(entries(zip)).containsKey(ROOT + "signature.rsa-pss");
        assertThat(PackageVerifier.verify(zip, rsa.getPublic()).problems()).isEmpty();
        assertThat(PemKeys.publicKeyOf(PemKeys.privateKey(PemKeys.pem(rsa.getPrivate())))).contains(rsa.getPublic());
    }

    @Test
    void pemKeysReadBackAndAPairThatIsNotOneIsRefused() {
        String privatePem = PemKeys.pem(keys.getPrivate());
        String publicPem = PemKeys.pem(keys.getPublic());

        assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(PemKeys.publicKey(publicPem)).isEqualTo(keys.getPublic());
        assertThat(PemKeys.privateKey(privatePem).getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new PackageSigner(keys.getPrivate(),
                keyPair("Ed25519").getPublic())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVerifierRunsFromTheCommandLineWithTheJdkAlone() throws Exception {
        Path zip = write(keys, "incidents.csv");
        Path key = Files.writeString(dir.resolve("public-key.pem"), PemKeys.pem(keys.getPublic()));
        Path changed = rewrite(zip, ROOT + "data/incidents.csv", bytes -> flip(bytes, 5));

        assertThat(run(zip, key)).isEqualTo("0 VERIFIED");
        assertThat(run(changed, key)).isEqualTo(
                "1 Changed data/incidents.csv: its SHA-256 is not the one in manifest-sha256.txt");
    }

    private String run(Path zip, Path key) throws Exception {
        // only the compiled main classes: no Jakarta JSON, no PDFBox
        String classes = Path.of(PackageVerifier.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes, PackageVerifier.class.getName(), zip.toString(), key.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8).strip();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return process.exitValue() + " " + output;
    }

    private Path write(KeyPair pair, String dataFile) throws IOException {
        Path zip = dir.resolve("export-" + System.nanoTime() + ".zip");
        try (OutputStream out = Files.newOutputStream(zip)) {
            ExportPackage bag = new ExportPackage(out, "etika-export-42", new PackageSigner(pair.getPrivate(),
                    pair.getPublic()), "Jabatan Contoh");
            bag.addData(dataFile, data -> {
                CsvTableWriter csv = new CsvTableWriter(data);
                csv.start(TableWritersTest.COLUMNS);
                csv.row(TableWritersTest.ROWS.get(0));
                csv.row(TableWritersTest.ROWS.get(1));
                csv.finish();
                return 2;
            });
            Map<String, Object> filters = new LinkedHashMap<>();
            filters.put("status", "CLOSED");
            bag.finish(new ExportManifest(42, "INCIDENTS", "CSV", filters, true, "demo.juruaudit", AT, 77,
                    "ab".repeat(32)));
        }
        return zip;
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /** The zip again with one entry's content changed ({@code change} null: the entry left out). */
    private Path rewrite(Path zip, String name, UnaryOperator<byte[]> change) throws IOException {
        Path copy = dir.resolve("changed-" + System.nanoTime() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (Map.Entry<String, byte[]> entry : entries(zip).entrySet()) {
                if (entry.getKey().equals(name) && change == null) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getKey().equals(name) ? change.apply(entry.getValue()) : entry.getValue());
                out.closeEntry();
            }
        }
        return copy;
    }

    private Path rewriteAdding(Path zip, String name, byte[] content) throws IOException {
        Path copy = rewrite(zip, "", bytes -> bytes);
        Path added = dir.resolve("added-" + System.nanoTime() + ".zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(added))) {
            for (Map.Entry<String, byte[]> entry : entries(copy).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(content);
            out.closeEntry();
        }
        return added;
    }

    private static byte[] flip(byte[] bytes, int index) {
        byte[] changed = bytes.clone();
        changed[index] ^= 0x01;
        return changed;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair keyPair(String algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if ("RSA".equals(algorithm)) {
                generator.initialize(2048);
            }
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
