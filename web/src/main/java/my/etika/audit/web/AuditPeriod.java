package my.etika.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.DisplayTime;

/**
 * The bounds of an audit log period. Days are Malaysian calendar days: a period "from 1 to 3 December" runs from
 * 1 December 00:00 to 4 December 00:00, Asia/Kuala_Lumpur (the log's "to" is exclusive).
 */
public final class AuditPeriod {

    private AuditPeriod() {
    }

    public static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(DisplayTime.MALAYSIA).toInstant();
    }

    /** The end of a day, the first instant not in it. */
    public static Instant endOf(LocalDate day) {
        return day == null ? null : startOf(day.plusDays(1));
    }

    /** A period's start as the API takes it: an ISO-8601 instant, or a date (from that day's start). */
    public static Instant from(String text) {
        return parse(text, false);
    }

    /** A period's end as the API takes it: an ISO-8601 instant (exclusive), or a date (that whole day included). */
    public static Instant to(String text) {
        return parse(text, true);
    }

    private static Instant parse(String text, boolean end) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return end ? endOf(day) : startOf(day);
            }
            return Instant.parse(value);
        } catch (DateTimeException e) {
            throw invalid(value);
        }
    }

    private static BusinessException invalid(String value) {
        return new BusinessException(BusinessException.Kind.INVALID, "audit.invalidTime", value);
    }
}
