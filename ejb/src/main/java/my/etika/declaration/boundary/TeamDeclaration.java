package my.etika.declaration.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** A declaration of an officer the caller supervises, in an open campaign. */
public record TeamDeclaration(String campaignName, LocalDate dueOn, String officerName, String login,
        String orgUnit, String status, Instant signedAt, int remindersSent) {
}
