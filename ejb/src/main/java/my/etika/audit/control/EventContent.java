package my.etika.audit.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import my.etika.audit.entity.AuditEvent;

/**
 * What an audit event's hash covers, and its canonical form: a format tag, then every field in a fixed order, each
 * either {@code ~} (null) or its UTF-8 length in bytes, a colon and its UTF-8 bytes. Each field says where it
 * ends, so no two different events have the same form ({@code "ab","c"} is not {@code "a","bc"}; null is not
 * empty). The instant is UTC ISO-8601 with exactly six decimals: the database keeps microseconds, so the instant
 * is truncated to them here, before it is hashed or stored.
 */
public record EventContent(long position, Instant occurredAt, String actor, String actorRoles, String sourceIp,
        String entityType, String entityId, String action, String reason, String before, String after,
        String details, String previousHash) {

    /** Names this canonical form; another form would get another tag. */
    static final String FORMAT = "etika-audit-event/1";

    private static final DateTimeFormatter INSTANT = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final byte[] NULL = {'~'};

    public EventContent {
        occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The content of a stored event, as the database gave it back. */
    public static EventContent of(AuditEvent event) {
        return new EventContent(event.getPosition(), event.getOccurredAt(), event.getActor(), event.getActorRoles(),
                event.getSourceIp(), event.getEntityType(), event.getEntityId(), event.getAction(),
                event.getReason(), event.getBefore(), event.getAfter(), event.getDetails(),
                event.getPreviousHash());
    }

    /** The event to store: this content and its hash. */
    public AuditEvent toEvent() {
        return new AuditEvent(position, occurredAt, actor, actorRoles, sourceIp, entityType, entityId, action,
                reason, before, after, details, previousHash, hash());
    }

    public byte[] canonical() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        for (String field : new String[] {FORMAT, Long.toString(position),
            occurredAt == null ? null : INSTANT.format(occurredAt), actor, actorRoles, sourceIp, entityType,
            entityId, action, reason, before, after, details, previousHash}) {
            if (field == null) {
                out.writeBytes(NULL);
            } else {
                byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
                out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    /** SHA-256 of the canonical form, 64 lower-case hexadecimal digits. */
    public String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
