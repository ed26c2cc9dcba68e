package my.etika.discipline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import my.etika.discipline.control.EvidenceRefusedException.Reason;
import my.etika.platform.boundary.BusinessException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EvidenceStoreTest {

    private static final long LIMIT = 200_000;

    @TempDir
    Path root;

    private EvidenceStore store() {
        return new EvidenceStore(root, LIMIT, EvidenceSettings.DEFAULT_ALLOWED_TYPES);
    }

    static Stream<Arguments> acceptedFiles() {
        return Stream.of(Arguments.of("image/png", image("png")), Arguments.of("image/jpeg", image("jpg")),
                Arguments.of("application/pdf", pdf()),
                Arguments.of("text/html", utf8("<!DOCTYPE html>\n<html><head><title>Hantaran</title></head>"
                        + "<body><p>Kandungan yang disiarkan</p></body></html>")),
                Arguments.of("multipart/related", utf8("MIME-Version: 1.0\r\nContent-Type: multipart/related;"
                        + " boundary=\"b\"; type=\"text/html\"\r\n\r\n--b\r\nContent-Type: text/html\r\n\r\n<html/>")),
                Arguments.of("video/mp4", isoMedia("isom", "isom", "iso2", "avc1", "mp41")),
                Arguments.of("text/plain", utf8("Tangkap layar diterima daripada pengadu pada 3 Mac 2026.\n")));
    }

    @ParameterizedTest
    @MethodSource("acceptedFiles")
    void acceptedContentIsKeptUnderItsHashWithItsSizeAndTheTypeReadFromTheBytes(String type, byte[] bytes)
            throws IOException {
        StoredContent stored = store().store(new ByteArrayInputStream(bytes));

        assertThat(stored).isEqualTo(new StoredContent(sha256(bytes), bytes.length, type));
        Path file = root.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256());
        assertThat(file).isRegularFile().hasBinaryContent(bytes);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("r--------");
        assertThat(filesIn(root)).containsExactly(file);
        try (InputStream in = store().open(stored.sha256())) {
            assertThat(in.readAllBytes()).isEqualTo(bytes);
        }
    }

    @Test
    void aZipNamedPngIsRefusedByItsContentAndNothingStays() {
        byte[] zip = zip();

        EvidenceRefusedException refused = refusal(() -> store().store(new ByteArrayInputStream(zip)));

        assertThat(refused.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refused.messageKey()).isEqualTo("discipline.evidence.typeNotAllowed");
        assertThat(refused.detectedType()).contains("application/zip");
        assertThat(refused.arguments()).containsExactly("application/zip",
                String.join(", ", EvidenceSettings.DEFAULT_ALLOWED_TYPES));
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void aWindowsExecutableIsRefusedAndNothingStays() {
        EvidenceRefusedException refused = refusal(() -> store().store(new ByteArrayInputStream(windowsExecutable())));

        assertThat(refused.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refused.detectedType()).hasValueSatisfying(type -> assertThat(type).startsWith("application/x-ms"));
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void anSvgAQuickTimeMovieAndUnknownBytesAreNotAccepted() {
        byte[] svg = utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        byte[] quickTime = isoMedia("qt  ", "qt  ");
        byte[] unknown = {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 7};

        assertThat(refusal(() -> store().store(new ByteArrayInputStream(svg))).detectedType())
                .contains("image/svg+xml");
        assertThat(refusal(() -> store().store(new ByteArrayInputStream(quickTime))).detectedType())
                .contains("video/quicktime");
        assertThat(refusal(() -> store().store(new ByteArrayInputStream(unknown))).detectedType())
                .contains("application/octet-stream");
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void aFileOfExactlyTheLimitIsKeptAndOneByteMoreIsRefusedWithNothingLeft() {
        byte[] atLimit = png(LIMIT);
        byte[] overLimit = png(LIMIT + 1);

        EvidenceRefusedException refused = refusal(() -> store().store(new ByteArrayInputStream(overLimit)));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.messageKey()).isEqualTo("discipline.evidence.tooLarge");
        assertThat(refused.limit()).isEqualTo(LIMIT);
        assertThat(filesIn(root)).isEmpty();
        assertThat(store().store(new ByteArrayInputStream(atLimit)).size()).isEqualTo(LIMIT);
    }

    @Test
    void readingStopsSoonAfterTheLimitInsteadOfAtTheEndOfTheUpload() {
        CountingStream upload = new CountingStream(pngOf(50L * 1024 * 1024));

        EvidenceRefusedException refused = refusal(() -> store().store(upload));

        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(upload.count).isGreaterThan(LIMIT).isLessThanOrEqualTo(LIMIT + EvidenceStore.BUFFER_BYTES);
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void aRefusedTypeIsRefusedFromItsFirstBytesWithoutReadingTheRest() {
        byte[] executable = windowsExecutable();
        byte[] large = new byte[(int) LIMIT];
        System.arraycopy(executable, 0, large, 0, executable.length);
        CountingStream upload = new CountingStream(new ByteArrayInputStream(large));

        assertThat(refusal(() -> store().store(upload)).reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(upload.count).isLessThanOrEqualTo(EvidenceTypes.HEAD_BYTES + EvidenceStore.BUFFER_BYTES);
    }

    @Test
    void theSmallerOfTheCallersAndTheStoresLimitApplies() {
        byte[] bytes = png(5_000);

        assertThat(refusal(() -> store().store(new ByteArrayInputStream(bytes), 4_999)).limit()).isEqualTo(4_999);
        assertThat(refusal(() -> new EvidenceStore(root, 4_000, List.of("image/png"))
                .store(new ByteArrayInputStream(bytes), LIMIT)).limit()).isEqualTo(4_000);
        assertThat(store().store(new ByteArrayInputStream(bytes), 5_000).size()).isEqualTo(5_000);
    }

    @Test
    void theTooLargeMessageHasTheSizeReadAndTheLimitInMegabytes() {
        long limit = 25L * 1024 * 1024;
        EvidenceStore store = new EvidenceStore(root, limit, EvidenceSettings.DEFAULT_ALLOWED_TYPES);

        EvidenceRefusedException refused = refusal(() -> store.store(pngOf(limit + 1)));

        assertThat(refused.arguments()).containsExactly(new BigDecimal("25.0"), new BigDecimal("25.0"));
    }

    @Test
    void anEmptyUploadIsRefusedAndNothingStays() {
        EvidenceRefusedException refused = refusal(() -> store().store(InputStream.nullInputStream()));

        assertThat(refused.reason()).isEqualTo(Reason.EMPTY);
        assertThat(refused.messageKey()).isEqualTo("discipline.evidence.empty");
        assertThat(refused.kind()).isEqualTo(BusinessException.Kind.INVALID);
        assertThat(filesIn(root)).isEmpty();
    }

    @Test
    void theSameContentStoredTwiceIsOneFile() {
        byte[] png = image("png");

        StoredContent first = store().store(new ByteArrayInputStream(png));
        StoredContent second = store().store(new ByteArrayInputStream(png));

        assertThat(second).isEqualTo(first);
        assertThat(filesIn(root)).hasSize(1);
    }

    @Test
    void aFileOnRecordIsNeverReplacedEvenByTheBytesItShouldHold() throws IOException {
        byte[] png = image("png");
        StoredContent stored = store().store(new ByteArrayInputStream(png));
        Path file = root.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256());
        file.toFile().setWritable(true);
        Files.writeString(file, "changed on disk");

        assertThat(store().store(new ByteArrayInputStream(png))).isEqualTo(stored);

        assertThat(file).hasContent("changed on disk");
        assertThat(store().verify(stored.sha256(), stored.size())).isEqualTo(Integrity.ALTERED);
        assertThat(filesIn(root)).containsExactly(file);
    }

    @Test
    void verifyTellsIntactFromAChangedByteAndFromAMissingFile() throws IOException {
        byte[] pdf = pdf();
        StoredContent stored = store().store(new ByteArrayInputStream(pdf));
        Path file = root.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256());
        assertThat(store().verify(stored.sha256(), stored.size())).isEqualTo(Integrity.INTACT);

        byte[] tampered = pdf.clone();
        tampered[tampered.length / 2] ^= 1;
        file.toFile().setWritable(true);
        Files.write(file, tampered);
        assertThat(store().verify(stored.sha256(), stored.size())).isEqualTo(Integrity.ALTERED);
        Files.write(file, pdf);
        assertThat(store().verify(stored.sha256(), stored.size())).isEqualTo(Integrity.INTACT);
        assertThat(store().verify(stored.sha256(), stored.size() + 1)).isEqualTo(Integrity.ALTERED);

        Files.delete(file);
        assertThat(store().verify(stored.sha256(), stored.size())).isEqualTo(Integrity.MISSING);
        BusinessException missing = catchThrowableOfType(BusinessException.class,
                () -> store().open(stored.sha256()));
        assertThat(missing.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND);
        assertThat(missing.messageKey()).isEqualTo("discipline.evidence.missing");
        assertThat(Integrity.ALTERED.messageKey()).contains("discipline.evidence.altered");
    }

    @Test
    void onlyLowerCaseSha256DigestsNameFiles() throws IOException {
        StoredContent stored = store().store(new ByteArrayInputStream(image("png")));
        Files.writeString(root.resolve("secret.txt"), "not evidence");

        for (String name : List.of("../secret.txt", "secret.txt", stored.sha256().toUpperCase(),
                stored.sha256().substring(1), "../" + stored.sha256().substring(3), "", "..")) {
            assertThatThrownBy(() -> store().open(name)).as(name).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store().verify(name, 1)).as(name).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> store().open(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allowedTypesAreNormalisedAndAnUnknownNameIsRefusedAtOnce() {
        EvidenceStore store = new EvidenceStore(root, LIMIT, List.of(" IMAGE/PNG ", "application/x-mimearchive"));

        assertThat(store.allowedTypes()).containsExactly("image/png", "multipart/related");
        assertThatThrownBy(() -> new EvidenceStore(root, LIMIT, List.of("not a type")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EvidenceStore(root, 0, List.of("image/png")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static EvidenceRefusedException refusal(Runnable store) {
        EvidenceRefusedException refused = catchThrowableOfType(EvidenceRefusedException.class, store::run);
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }

    private static List<Path> filesIn(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0x336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            assertThat(ImageIO.write(image, format, out)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A real PNG, padded with zeros to {@code size} bytes (image readers stop at IEND; the type stays PNG). */
    private static byte[] png(long size) {
        byte[] png = image("png");
        byte[] padded = new byte[Math.toIntExact(size)];
        System.arraycopy(png, 0, padded, 0, png.length);
        return padded;
    }

    /** {@link #png(long)} without holding it in memory. */
    private static InputStream pngOf(long size) {
        byte[] png = image("png");
        return new SequenceInputStream(new ByteArrayInputStream(png), new InputStream() {
            private long zeros = size - png.length;

            @Override
            public int read() {
                return zeros-- > 0 ? 0 : -1;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (zeros <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, zeros);
                Arrays.fill(buffer, offset, offset + n, (byte) 0);
                zeros -= n;
                return n;
            }
        });
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("tangkap-layar.png"));
            zip.write(image("png"));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of a PE file: the DOS header ({@code MZ}, pointer at 0x3C) and the {@code PE} signature. */
    private static byte[] windowsExecutable() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[0x3C] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        byte[] stub = utf8("This program cannot be run in DOS mode.");
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }

    /** An ISO media file's {@code ftyp} box with these brands, then an empty {@code mdat} box. */
    private static byte[] isoMedia(String majorBrand, String... compatibleBrands) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ftypSize = 16 + 4 * compatibleBrands.length;
        out.writeBytes(new byte[] {0, 0, 0, (byte) ftypSize});
        out.writeBytes(utf8("ftyp" + majorBrand));
        out.writeBytes(new byte[] {0, 0, 2, 0});
        for (String brand : compatibleBrands) {
            out.writeBytes(utf8(brand));
        }
        out.writeBytes(new byte[] {0, 0, 0, 8});
        out.writeBytes(utf8("mdat"));
        return out.toByteArray();
    }

    /** Counts what the store reads. */
    private static final class CountingStream extends InputStream {

        private final InputStream in;
        long count;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count += Math.max(n, 0);
            return n;
        }
    }
}
