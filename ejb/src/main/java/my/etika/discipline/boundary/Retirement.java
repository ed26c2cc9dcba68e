package my.etika.discipline.boundary;

import java.time.LocalDate;

/** The end of a row of reference data: the version seen, its last day in force, and why. */
public record Retirement(long expectedVersion, LocalDate lastDay, String reason) {
}
