package my.etika.discipline.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import my.etika.discipline.control.DisciplineSettings;
import my.etika.discipline.control.ImposedPunishment;
import my.etika.discipline.control.PunishmentContext;
import my.etika.discipline.control.PunishmentRules;
import my.etika.discipline.control.PunishmentViolation;
import my.etika.discipline.entity.AppealOutcome;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.discipline.entity.IncidentTrack;
import my.etika.discipline.entity.PunishmentKind;
import my.etika.discipline.entity.PunishmentLine;
import my.etika.discipline.entity.PunishmentType;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;

/**
 * The guards of the procedure: what each step needs (a date, the track, the charge, a valid decision), the order of
 * dates, and the statutory clocks a step starts (21 days to answer a charge, 14 days to appeal, 30 days for the head
 * of department to forward an appeal). A refused step changes nothing.
 */
final class ProcedureSteps {

    private final DisciplineSettings settings;
    private final Map<PunishmentKind, PunishmentType> punishmentTypes;

    ProcedureSteps(DisciplineSettings settings, Map<PunishmentKind, PunishmentType> punishmentTypes) {
        this.settings = settings;
        this.punishmentTypes = punishmentTypes;
    }

    /** Checks and applies the step; returns the day it took effect. */
    LocalDate apply(Incident incident, TransitionRequest request, String by, Instant at, LocalDate today) {
        IncidentStatus to = parse(IncidentStatus.class, request.to(), "incident.unknownStatus");
        IncidentStatus from = incident.getStatus();
        if (!from.next().contains(to)) {
            throw new BusinessException(Kind.CONFLICT, "incident.transitionNotAllowed", from.name(), to.name());
        }
        LocalDate on = request.on() == null ? today : request.on();
        if (on.isAfter(today)) {
            throw new BusinessException(Kind.INVALID, "incident.dateInFuture", on);
        }
        if (on.isBefore(incident.getStatusSinceOn())) {
            throw new BusinessException(Kind.INVALID, "incident.dateBeforeCurrentStep", on,
                    incident.getStatusSinceOn());
        }
        switch (to) {
            case HOD_REPORTED -> {
                requireNote(request, "incident.hodReportRequired");
                incident.hodReported(on);
            }
            case TRACK_DETERMINED -> incident.trackDetermined(
                    parse(IncidentTrack.class, require(request.track(), "incident.trackRequired"),
                            "incident.unknownTrack"), request.authorityId());
            case CHARGED -> {
                if (incident.getProvisionIds().isEmpty()) {
                    throw new BusinessException(Kind.INVALID, "incident.provisionsRequired");
                }
                incident.charged(requireNote(request, "incident.chargeRequired"), on);
            }
            case AWAITING_REPRESENTATION -> incident.chargeReceived(on, on.plusDays(settings.representationDays()));
            case DELIBERATION -> deliberate(incident, request, today);
            case DECIDED -> incident.decided(on, request.decision() == null ? null : request.decision().summary(),
                    lines(incident, request.decision(), PunishmentLine.Stage.DECISION, true));
            case NOTIFIED -> incident.notified(on);
            case APPEAL_WINDOW -> incident.decisionReceived(on, on.plusDays(settings.appealDays()));
            case APPEALED -> {
                if (on.isAfter(incident.getAppealDueOn())) {
                    throw new BusinessException(Kind.INVALID, "incident.appealLate", on, incident.getAppealDueOn());
                }
                incident.appealed(on, on.plusDays(settings.appealForwardDays()));
            }
            case APPEAL_DECIDED -> decideAppeal(incident, request, on);
            case CLOSED -> close(incident, request, today);
            case NO_CASE, WITHDRAWN -> incident.ended(requireNote(request, "incident.reasonRequired"));
            default -> {
                // PRELIMINARY_INVESTIGATION needs nothing more than the day
            }
        }
        incident.moveTo(to, on, by, at);
        return on;
    }

    private void deliberate(Incident incident, TransitionRequest request, LocalDate today) {
        if (incident.getStatus() == IncidentStatus.APPEAL_DECIDED) {
            if (incident.getAppealOutcome() != AppealOutcome.REMIT) {
                throw new BusinessException(Kind.CONFLICT, "incident.onlyRemittedReturns");
            }
            return;
        }
        LocalDate received = request.representationReceivedOn();
        if (received != null) {
            if (received.isBefore(incident.getChargeReceivedOn())) {
                throw new BusinessException(Kind.INVALID, "incident.dateBeforeCurrentStep", received,
                        incident.getChargeReceivedOn());
            }
            incident.representationReceived(received);
        } else if (!today.isAfter(incident.getRepresentationDueOn())) {
            throw new BusinessException(Kind.CONFLICT, "incident.representationPeriodRunning",
                    incident.getRepresentationDueOn());
        }
    }

    private void decideAppeal(Incident incident, TransitionRequest request, LocalDate on) {
        AppealOutcome outcome = parse(AppealOutcome.class, require(request.appealOutcome(),
                "incident.appealOutcomeRequired"), "incident.unknownAppealOutcome");
        LocalDate forwarded = request.appealForwardedOn();
        if (forwarded != null && (forwarded.isBefore(incident.getAppealReceivedOn()) || forwarded.isAfter(on))) {
            throw new BusinessException(Kind.INVALID, "incident.forwardedOutOfOrder", forwarded);
        }
        List<PunishmentLine> lighter = outcome == AppealOutcome.LIGHTEN
                ? lines(incident, request.decision(), PunishmentLine.Stage.APPEAL, false)
                : List.of();
        incident.appealDecided(outcome, on, forwarded, lighter);
    }

    private static void close(Incident incident, TransitionRequest request, LocalDate today) {
        switch (incident.getStatus()) {
            case DECIDED -> {
                if (!Boolean.TRUE.equals(incident.getAcquitted())) {
                    throw new BusinessException(Kind.CONFLICT, "incident.punishmentMustBeNotified");
                }
            }
            case APPEAL_WINDOW -> {
                if (!today.isAfter(incident.getAppealDueOn())) {
                    throw new BusinessException(Kind.CONFLICT, "incident.appealWindowOpen",
                            incident.getAppealDueOn());
                }
            }
            case APPEAL_DECIDED -> {
                if (incident.getAppealOutcome() == AppealOutcome.REMIT) {
                    throw new BusinessException(Kind.CONFLICT, "incident.remittedMustBeDecided");
                }
            }
            default -> {
                // the status graph allows nothing else
            }
        }
        incident.ended(request.note());
    }

    private List<PunishmentLine> lines(Incident incident, DecisionForm decision, PunishmentLine.Stage stage,
            boolean acquittalAllowed) {
        List<ImposedPunishment> punishments = decision == null ? List.of() : decision.punishmentsOrNone();
        if (punishments.isEmpty()) {
            if (!acquittalAllowed) {
                throw new BusinessException(Kind.INVALID, "incident.punishmentRequired");
            }
            return List.of();
        }
        PunishmentContext context = new PunishmentContext(incident.getTrack() == IncidentTrack.REG36_LESSER,
                decision.monthlyEmoluments(), decision.finesAlreadyThisMonth(), incident.getOfficer().getGrade(),
                decision.atMinimumSalaryPoint(), decision.daysAbsent());
        List<PunishmentViolation> violations = PunishmentRules.check(punishments, context, punishmentTypes);
        if (!violations.isEmpty()) {
            PunishmentViolation first = violations.get(0);
            throw new BusinessException(Kind.INVALID, first.messageKey(), first.arguments().toArray());
        }
        return punishments.stream().map(p -> new PunishmentLine(stage, p)).toList();
    }

    private static String requireNote(TransitionRequest request, String key) {
        return require(request.note(), key);
    }

    private static String require(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(Kind.INVALID, key);
        }
        return value.strip();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name, String key) {
        try {
            return Enum.valueOf(type, String.valueOf(name).strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(Kind.INVALID, key, name);
        }
    }
}
