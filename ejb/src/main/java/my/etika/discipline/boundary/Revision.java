package my.etika.discipline.boundary;

import java.time.LocalDate;

/**
 * A change to reference data: the version of the row that was seen, the first day the new content is in force
 * (the old row's last day is the day before), and why.
 */
public record Revision(long expectedVersion, LocalDate effectiveFrom, String reason) {
}
