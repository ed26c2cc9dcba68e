package my.etika.calendar.boundary;

import java.time.LocalDate;

/**
 * Why a day is not a working day in a state: its weekend, a holiday (also when the holiday falls on a weekend day
 * and is not replaced), or the substitute for a holiday that fell on the weekly rest day ({@link #holiday()} is the
 * holiday replaced). {@code holiday} is null for an ordinary weekend day.
 */
public record NonWorkingDay(LocalDate date, Reason reason, Holiday holiday) {

    public enum Reason {
        WEEKEND, HOLIDAY, SUBSTITUTE
    }

    @Override
    public String toString() {
        return date + " " + switch (reason) {
            case WEEKEND -> "weekend";
            case HOLIDAY -> holiday.nameEn();
            case SUBSTITUTE -> "substitute for " + holiday.nameEn();
        };
    }
}
