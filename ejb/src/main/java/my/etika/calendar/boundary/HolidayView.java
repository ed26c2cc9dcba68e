package my.etika.calendar.boundary;

import java.time.Instant;
import java.time.LocalDate;
import my.etika.calendar.entity.HolidayKind;

/**
 * A recorded holiday of one state. {@code substituteDate}: the day that replaces it when it falls on the weekly rest
 * day; {@code onWeekend}: it falls on a weekend day (not replaced unless {@code substituteDate} says so). A withdrawn
 * holiday has its {@code withdrawn*} fields and no longer counts.
 */
public record HolidayView(long id, String stateCode, LocalDate date, String nameMs, String nameEn, HolidayKind kind,
        String source, String createdBy, Instant createdAt, LocalDate substituteDate, boolean onWeekend,
        Instant withdrawnAt, String withdrawnBy, String withdrawnReason, long version) {

    public boolean withdrawn() {
        return withdrawnAt != null;
    }
}
