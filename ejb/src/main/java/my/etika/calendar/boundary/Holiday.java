package my.etika.calendar.boundary;

import java.time.LocalDate;
import java.util.Objects;
import my.etika.calendar.entity.HolidayKind;

/** A public holiday in force in a state, as the calendar counts it. */
public record Holiday(long id, LocalDate date, String nameMs, String nameEn, HolidayKind kind) {

    public Holiday {
        Objects.requireNonNull(date, "date");
    }
}
