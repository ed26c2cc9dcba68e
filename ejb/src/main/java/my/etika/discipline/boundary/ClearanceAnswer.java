package my.etika.discipline.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Whether an officer was free of disciplinary punishment over a period ("bebas tindakan tatatertib"), for promotion
 * or awards: CLEAR, PUNISHED (a punishment decided in the period stands) or PROCEEDINGS_PENDING (charged, not yet
 * decided). Never a case's details.
 */
public record ClearanceAnswer(long officerId, String officerName, String employeeNumber, LocalDate from,
        LocalDate to, String result, Instant answeredAt, String reference) {
}
