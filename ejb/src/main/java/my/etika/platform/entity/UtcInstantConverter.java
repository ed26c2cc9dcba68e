package my.etika.platform.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as a UTC {@code TIMESTAMP}. Jakarta Persistence 3.1 does not list
 * {@code Instant} as a basic type (3.2 does), and {@code LocalDateTime} is bound without any zone conversion
 * by every provider and driver, so the stored value is UTC whatever the JVM or database zone is.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

    /** A UTC timestamp column's value as a native query returns it (the type differs by provider and driver). */
    public static Instant fromDatabase(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime utc) {
            return utc.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
    }

    @Override
    public LocalDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
