package my.etika.officer.entity;

import java.util.Locale;
import java.util.Optional;

/** An officer's employment status as the directory states it. Only {@link #ACTIVE} officers may use Etika. */
public enum OfficerStatus {
    ACTIVE, INTERDICTED, SUSPENDED, RETIRED, RESIGNED, TRANSFERRED_OUT, DECEASED, TERMINATED;

    /** Parses a directory value; {@code empty()} for a value Etika does not know. */
    public static Optional<OfficerStatus> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public boolean mayUseEtika() {
        return this == ACTIVE;
    }
}
