package my.etika.discipline.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A case in the integrity unit's list: who, where it stands, its next deadline and its age. */
public record IncidentSummary(long id, String reference, String status, String track, String officerName,
        String officerGrade, String orgUnit, String categoryCode, Instant receivedAt, LocalDate statusSinceOn,
        LocalDate dueOn, boolean overdue, boolean condonationRisk, long ageDays, long version) {
}
