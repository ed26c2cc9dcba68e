package my.etika.calendar.rest;

import java.util.Locale;
import my.etika.calendar.boundary.HolidayImportRefused;
import my.etika.calendar.boundary.NonWorkingDay;
import my.etika.platform.web.Messages;

/** The calendar's words in Malay or English, for the API and the screen alike. */
public final class CalendarTexts {

    private CalendarTexts() {
    }

    /** Why a day is not a working day: "Hujung minggu", the holiday's name, "Cuti gantian bagi …". */
    public static String reason(NonWorkingDay day, Locale locale) {
        return switch (day.reason()) {
            case WEEKEND -> Messages.text(locale, "calendar.reason.WEEKEND");
            case HOLIDAY -> holidayName(day, locale);
            case SUBSTITUTE -> Messages.text(locale, "calendar.reason.SUBSTITUTE", holidayName(day, locale));
        };
    }

    /** An import error, with its line when it has one: "Baris 4: …". */
    public static String importError(HolidayImportRefused.LineError error, Locale locale) {
        String text = Messages.text(locale, error.messageKey(), error.arguments().toArray());
        return error.line() > 0 ? Messages.text(locale, "calendar.import.atLine", error.line(), text) : text;
    }

    private static String holidayName(NonWorkingDay day, Locale locale) {
        return Messages.ENGLISH.equals(Messages.supported(locale)) ? day.holiday().nameEn() : day.holiday().nameMs();
    }
}
