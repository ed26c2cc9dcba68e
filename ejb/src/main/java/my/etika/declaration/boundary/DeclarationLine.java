package my.etika.declaration.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** One officer's declaration in a campaign, as the dashboard's drill-down and the exports list it. */
public record DeclarationLine(long declarationId, long officerId, String login, String officerName,
        String employeeNumber, String grade, String orgUnit, String supervisorName, String status, LocalDate dueOn,
        Instant signedAt, int remindersSent, boolean escalated) {
}
