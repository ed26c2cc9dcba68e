package my.etika.declaration.control;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * When an agency permits personal social-media use on office days, e.g. JKDM HQ's
 * {@code MON-THU 13:00-14:00 17:30-07:30;FRI 12:15-14:45} (a window may run past midnight).
 */
public record PermittedWindows(List<Days> days) {

    /** A run of weekdays and their windows. */
    public record Days(DayOfWeek from, DayOfWeek to, List<Window> windows) {
    }

    public record Window(LocalTime start, LocalTime end) {
    }

    public PermittedWindows {
        days = List.copyOf(days);
    }

    /** @throws IllegalArgumentException with the part that could not be read */
    public static PermittedWindows parse(String text) {
        List<Days> days = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] tokens = part.strip().split("\\s+");
            if (tokens.length < 2) {
                throw new IllegalArgumentException("Permitted windows: days and times expected in '" + part + "'");
            }
            String[] range = tokens[0].split("-");
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length > 1 ? day(range[1]) : from;
            List<Window> windows = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) {
                String[] times = tokens[i].split("-");
                if (times.length != 2) {
                    throw new IllegalArgumentException("Permitted windows: HH:mm-HH:mm expected, not '" + tokens[i]
                            + "'");
                }
                windows.add(new Window(LocalTime.parse(times[0]), LocalTime.parse(times[1])));
            }
            days.add(new Days(from, to, windows));
        }
        return new PermittedWindows(days);
    }

    /**
     * Whether personal use is permitted at that local moment. A window past midnight belongs to the day it starts
     * on: Thursday 17:30–07:30 covers Friday 06:00 too.
     */
    public boolean permits(LocalDateTime moment) {
        LocalTime time = moment.toLocalTime();
        for (Days run : days) {
            for (Window window : run.windows()) {
                boolean overnight = window.end().isBefore(window.start());
                if (!overnight && covers(run, moment.getDayOfWeek()) && !time.isBefore(window.start())
                        && time.isBefore(window.end())) {
                    return true;
                }
                if (overnight && ((covers(run, moment.getDayOfWeek()) && !time.isBefore(window.start()))
                        || (covers(run, moment.getDayOfWeek().minus(1)) && time.isBefore(window.end())))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean covers(Days run, DayOfWeek day) {
        int from = run.from().getValue();
        int to = run.to().getValue();
        int d = day.getValue();
        return from <= to ? d >= from && d <= to : d >= from || d <= to;
    }

    private static DayOfWeek day(String abbreviation) {
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().startsWith(abbreviation.strip().toUpperCase(Locale.ROOT)) && abbreviation.length() >= 3) {
                return d;
            }
        }
        throw new IllegalArgumentException("Permitted windows: not a weekday: '" + abbreviation + "'");
    }

    /** e.g. "Isnin–Khamis 13:00–14:00, 17:30–07:30; Jumaat 12:15–14:45". */
    public String describe(Locale language) {
        Locale locale = "en".equals(language.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("ms-MY");
        return days.stream().map(d -> dayName(d.from(), locale)
                + (d.to() == d.from() ? "" : "–" + dayName(d.to(), locale)) + " "
                + d.windows().stream().map(w -> w.start() + "–" + w.end()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static String dayName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, locale);
    }
}
