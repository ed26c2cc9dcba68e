package my.etika.discipline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import my.etika.platform.boundary.BusinessException;

/**
 * Evidence files of disciplinary cases, content-addressed: a file is kept once as {@code <root>/<ab>/<sha256>}
 * (the first two hexadecimal digits of its SHA-256, then the whole digest), so the same bytes stored twice are one
 * file, and a recorded digest and size are enough to find it again and to tell whether it changed.
 *
 * <p>An upload is read once, into a temporary file inside the root, hashed and counted as it is read. Reading stops
 * at the first block beyond the limit, or once the first bytes show a type that is not accepted; a refused file
 * leaves nothing behind. An accepted file is made read-only and appears under its final name at once and whole (a
 * hard link, which never replaces an existing file; on a file system without hard links, an atomic rename).
 *
 * <p>Names in the store are built only from validated digests (64 lower-case hexadecimal digits): no path from
 * outside reaches the file system.
 */
@ApplicationScoped
public class EvidenceStore {

    /** How much is read at a time: a refused upload has been read at most this far beyond the limit. */
    static final int BUFFER_BYTES = 8192;

    static final String INCOMING_PREFIX = ".incoming-";

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Logger LOG = Logger.getLogger(EvidenceStore.class.getName());

    private final Path root;
    private final long maxBytes;
    private final EvidenceTypes types;

    /** For the container's client proxy only. */
    protected EvidenceStore() {
        this.root = null;
        this.maxBytes = 0;
        this.types = null;
    }

    @Inject
    public EvidenceStore(EvidenceSettings settings) {
        this(settings.directory(), settings.maxBytes(), settings.allowedTypes());
    }

    /**
     * @param root         the store's directory (made when the first file is stored)
     * @param maxBytes     the largest file accepted
     * @param allowedTypes the media types accepted, compared with the type detected from the content
     */
    public EvidenceStore(Path root, long maxBytes, Collection<String> allowedTypes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be 1 or more: " + maxBytes);
        }
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.types = new EvidenceTypes(allowedTypes);
    }

    /** The largest file the store accepts, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The media types accepted, normalised (no parameters, Tika's aliases resolved). */
    public List<String> allowedTypes() {
        return types.allowed();
    }

    /** {@link #store(InputStream, long)} within the store's own limit. */
    public StoredContent store(InputStream content) {
        return store(content, maxBytes);
    }

    /**
     * Reads {@code content} (which is left open) to its end and keeps it, unless it is empty, larger than
     * {@code maxBytes} (or the store's own limit, when that is smaller), or of a type not accepted.
     *
     * @throws EvidenceRefusedException when the content is refused; nothing of it is kept
     * @throws UncheckedIOException     when the upload or the store's directory cannot be read or written
     */
    public StoredContent store(InputStream content, long maxBytes) {
        Objects.requireNonNull(content, "content");
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be 1 or more: " + maxBytes);
        }
        long limit = Math.min(maxBytes, this.maxBytes);
        Path incoming = null;
        try {
            Files.createDirectories(root);
            incoming = Files.createTempFile(root, INCOMING_PREFIX, ".part");
            StoredContent stored = receive(content, limit, incoming);
            keep(incoming, pathOf(stored.sha256()));
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence could not be stored in " + root, e);
        } finally {
            if (incoming != null) {
                deleteQuietly(incoming);
            }
        }
    }

    /**
     * The stored bytes, to be closed by the caller.
     *
     * @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hexadecimal digits
     * @throws BusinessException        ({@code NOT_FOUND}, {@code discipline.evidence.missing}) when no file is
     *                                  stored under it
     */
    public InputStream open(String sha256) {
        Path file = pathOf(sha256);
        try {
            return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            LOG.warning(() -> "Evidence " + sha256 + " is missing from " + root);
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, Integrity.MISSING.messageKey().get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the stored file again and tells whether it is still the one recorded: {@link Integrity#INTACT} when its
     * size and SHA-256 are the recorded ones.
     *
     * @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hexadecimal digits
     */
    public Integrity verify(String sha256, long expectedSize) {
        Path file = pathOf(sha256);
        Integrity integrity = integrityOf(file, sha256, expectedSize);
        if (integrity != Integrity.INTACT) {
            LOG.warning(() -> "Evidence " + sha256 + " is " + integrity + " in " + root);
        }
        return integrity;
    }

    private Integrity integrityOf(Path file, String sha256, long expectedSize) {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Integrity.MISSING;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Integrity.ALTERED;
        }
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[BUFFER_BYTES];
            long size = 0;
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                size += n;
                digest.update(buffer, 0, n);
            }
            boolean same = size == expectedSize && HexFormat.of().formatHex(digest.digest()).equals(sha256);
            return same ? Integrity.INTACT : Integrity.ALTERED;
        } catch (NoSuchFileException e) {
            return Integrity.MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredContent receive(InputStream content, long limit, Path incoming) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        byte[] head = new byte[(int) Math.min(EvidenceTypes.HEAD_BYTES, limit)];
        int headLength = 0;
        String type = null;
        long size = 0;
        try (FileChannel out = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
            for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
                size += n;
                if (size > limit) {
                    throw EvidenceRefusedException.tooLarge(limit, size);
                }
                if (type == null) {
                    int copied = Math.min(n, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, copied);
                    headLength += copied;
                    // the type is known from the first bytes: refuse before reading the rest
                    type = headLength == head.length ? acceptedType(head, headLength, limit) : null;
                }
                digest.update(buffer, 0, n);
                ByteBuffer block = ByteBuffer.wrap(buffer, 0, n);
                while (block.hasRemaining()) {
                    out.write(block);
                }
            }
            if (size == 0) {
                throw EvidenceRefusedException.empty(limit);
            }
            if (type == null) {
                type = acceptedType(head, headLength, limit);
            }
            out.force(true);
        }
        return new StoredContent(HexFormat.of().formatHex(digest.digest()), size, type);
    }

    private String acceptedType(byte[] head, int length, long limit) {
        String type = types.detect(head, length);
        if (!types.isAllowed(type)) {
            throw EvidenceRefusedException.typeNotAllowed(limit, type, types.allowed());
        }
        return type;
    }

    private void keep(Path incoming, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        readOnly(incoming);
        try {
            Files.createLink(target, incoming);
        } catch (FileAlreadyExistsException sameBytes) {
            // stored before: the same content is one file, and the file on record is never replaced
        } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
            // Two stores of the same new bytes at the same moment may both rename here; the bytes are the same.
            if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private static void readOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        } catch (UnsupportedOperationException notPosix) {
            file.toFile().setReadOnly();
        }
    }

    private Path pathOf(String sha256) {
        if (sha256 == null || !SHA256_HEX.matcher(sha256).matches()) {
            // not echoed: it may come from outside
            throw new IllegalArgumentException("Not a SHA-256 digest (64 lower-case hexadecimal digits)");
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "A temporary evidence file could not be deleted: " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
