package my.etika.discipline.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of a file read from its first bytes (Apache Tika's magic patterns), never from a name or a
 * client's claim, and whether it is one of the accepted types. Types are compared without parameters and with
 * Tika's aliases resolved ({@code application/x-mimearchive} is {@code multipart/related}), never by sub-class: every
 * XML or script would otherwise pass as {@code text/plain}, and an SVG with a script as XML.
 */
final class EvidenceTypes {

    private static final MimeTypes TIKA = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = TIKA.getMediaTypeRegistry();

    /** How many leading bytes the detection looks at (64 KiB): reading further cannot change its answer. */
    static final int HEAD_BYTES = TIKA.getMinLength();

    private static final String QUICKTIME = "video/quicktime";
    private static final String MP4 = "video/mp4";
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "iso7",
            "iso8", "iso9", "mp41", "mp42", "avc1", "dash", "M4V ", "MSNV");

    private final List<String> allowed;

    EvidenceTypes(Collection<String> allowedTypes) {
        Set<String> normalised = new LinkedHashSet<>();
        for (String type : allowedTypes) {
            normalised.add(normalise(type));
        }
        if (normalised.isEmpty()) {
            throw new IllegalArgumentException("No evidence type is allowed");
        }
        this.allowed = List.copyOf(normalised);
    }

    List<String> allowed() {
        return allowed;
    }

    boolean isAllowed(String detectedType) {
        return allowed.contains(detectedType);
    }

    /** The type of content beginning with {@code head[0..length)}; {@code application/octet-stream} if unknown. */
    String detect(byte[] head, int length) {
        MediaType detected;
        try {
            detected = TIKA.detect(new ByteArrayInputStream(head, 0, length), new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = REGISTRY.normalize(detected.getBaseType()).toString();
        return QUICKTIME.equals(type) && mp4Brand(head, length) ? MP4 : type;
    }

    static String normalise(String type) {
        MediaType parsed = type == null ? null : MediaType.parse(type.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("Not a media type: " + type);
        }
        return REGISTRY.normalize(parsed.getBaseType()).toString();
    }

    /**
     * Tika's core patterns name only the {@code mp41}/{@code mp42} brands MP4 and call every other ISO media file
     * QuickTime, though most phones and screen recorders write {@code isom}: an {@code ftyp} box whose major or a
     * compatible brand is an MP4 one (and whose major brand is not QuickTime's {@code "qt  "}) is MP4.
     */
    private static boolean mp4Brand(byte[] head, int length) {
        if (length < 16 || !"ftyp".equals(fourCc(head, 4))) {
            return false;
        }
        String major = fourCc(head, 8);
        if ("qt  ".equals(major)) {
            return false;
        }
        long boxSize = ((head[0] & 0xffL) << 24) | ((head[1] & 0xffL) << 16) | ((head[2] & 0xffL) << 8)
                | (head[3] & 0xffL);
        int end = (int) Math.min(boxSize, length);
        boolean compatible = false;
        for (int offset = 16; offset + 4 <= end && !compatible; offset += 4) {
            compatible = MP4_BRANDS.contains(fourCc(head, offset));
        }
        return MP4_BRANDS.contains(major) || compatible;
    }

    private static String fourCc(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
