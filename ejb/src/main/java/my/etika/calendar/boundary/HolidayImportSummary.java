package my.etika.calendar.boundary;

import java.util.Map;

/** What an imported holiday file added: its rows, the holidays recorded (one per state), and how many per state. */
public record HolidayImportSummary(int rows, int holidaysAdded, Map<String, Integer> addedPerState) {
}
