package my.etika.discipline.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import my.etika.discipline.control.Deadline;
import my.etika.discipline.control.ImposedPunishment;

/** Everything the integrity unit sees of a case on its page. */
public record IncidentDetail(long id, String reference, String status, String track, String source, Officer officer,
        String platform, String url, String actType, Instant occurredAt, Boolean inOfficeHours, String summary,
        List<Provision> provisions, Category category, Long declarationId, Long findingId, Instant receivedAt,
        String receivedBy, LocalDate statusSinceOn, Procedure procedure, List<ImposedPunishment> decidedPunishments,
        List<ImposedPunishment> standingPunishments, List<Deadline> deadlines, List<Step> timeline,
        List<String> assigned, List<Side> sideRecords, List<EvidenceView> evidence, List<String> nextStatuses,
        long version) {

    /** The officer as they were when the case was opened. */
    public record Officer(long id, String login, String name, String employeeNumber, String grade, String gradeSystem,
            String serviceScheme, String serviceGroup, String position, String orgUnit, String dutyStationState) {
    }

    public record Provision(long id, String instrument, String number, String heading) {
    }

    public record Category(long id, String code, String nameMs, String nameEn) {
    }

    /** The procedure's dates and texts so far. */
    public record Procedure(LocalDate hodReportedOn, String chargeText, LocalDate chargeServedOn,
            LocalDate chargeReceivedOn, LocalDate representationDueOn, LocalDate representationReceivedOn,
            Long authorityId, LocalDate decidedOn, String decisionSummary, Boolean acquitted, LocalDate notifiedOn,
            LocalDate notificationReceivedOn, LocalDate appealDueOn, LocalDate appealReceivedOn,
            LocalDate appealForwardDueOn, LocalDate appealForwardedOn, String appealOutcome,
            LocalDate appealDecidedOn, String closingReason) {
    }

    public record Step(String from, String to, LocalDate on, Instant at, String by, String note) {
    }

    public record Side(long id, String kind, LocalDate startsOn, LocalDate endsOn, Integer emolumentsPercent,
            String note, Instant recordedAt, String recordedBy) {
    }
}
