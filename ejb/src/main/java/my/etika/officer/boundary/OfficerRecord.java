package my.etika.officer.boundary;

import java.time.Instant;

/** An officer as the screens and the API show it (never the entity itself). */
public record OfficerRecord(
        String login,
        String fullName,
        String officialEmail,
        String employeeNumber,
        String grade,
        String gradeSystem,
        String serviceScheme,
        String serviceGroup,
        String positionTitle,
        String positionCode,
        String agencyCode,
        String orgUnit,
        String dutyStationState,
        String status,
        String supervisorName,
        String distinguishedName,
        Instant firstSeenAt,
        Instant lastChangedAt,
        Instant lastLoginAt) {
}
