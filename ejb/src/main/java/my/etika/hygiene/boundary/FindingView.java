package my.etika.hygiene.boundary;

import java.time.Instant;

/** A finding as the lists, the officer's page and the API show it ({@code incidentId}: the case it became). */
public record FindingView(long id, String rule, String severity, String status, Long officerId, String officerLogin,
        String officerName, Long officialAccountId, String evidence, String orgUnit, Instant raisedAt,
        Instant statusChangedAt, String statusChangedBy, String statusReason, boolean stillSeen, Long incidentId, long version) {
}
