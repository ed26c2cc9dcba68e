package my.etika.calendar.control;

/** A holiday was recorded or withdrawn: calendars cached before must be built again once the change is committed. */
public record HolidaysChanged() {
}
