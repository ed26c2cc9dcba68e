package my.etika.discipline.boundary;

import java.time.LocalDate;
import java.util.List;
import my.etika.discipline.control.ImposedPunishment;

/** A decided case as HR needs it to carry out the punishment: who, when, what stands, and the appeal's state. */
public record OutcomeSummary(String reference, long officerId, String officerName, String employeeNumber,
        String orgUnit, LocalDate decidedOn, boolean acquitted, List<ImposedPunishment> standingPunishments,
        String status, String appealOutcome) {
}
