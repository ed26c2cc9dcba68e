package my.etika.officer.boundary;

import java.time.Instant;

/** One row of the officers table. {@code deactivated}: the entry has left the directory. */
public record OfficerSummary(long id, String login, String fullName, String employeeNumber, String grade,
        String serviceScheme, String orgUnit, String dutyStationState, String status, boolean deactivated,
        Instant lastChangedAt) {
}
