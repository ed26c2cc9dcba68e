package my.etika.calendar.boundary;

import java.time.LocalDate;
import java.util.List;
import my.etika.calendar.entity.HolidayKind;

/**
 * A holiday to record in one or more states ({@code states}: codes, or {@code ALL}); {@code kind} defaults to
 * {@link HolidayKind#AD_HOC}. {@code source} says where it was declared (gazette, announcement).
 */
public record HolidayForm(LocalDate date, List<String> states, String nameMs, String nameEn, HolidayKind kind,
        String source) {
}
