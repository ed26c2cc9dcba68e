package my.etika.discipline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import my.etika.calendar.boundary.WorkingCalendars;
import my.etika.declaration.boundary.SignedDeclarations;
import my.etika.declaration.control.AgencySettings;
import my.etika.discipline.control.CaseAccess;
import my.etika.discipline.control.CaseJournal;
import my.etika.discipline.control.DisciplineSettings;
import my.etika.discipline.control.OfficeHours;
import my.etika.discipline.control.ProcedureClock;
import my.etika.discipline.entity.ActType;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentAssignment;
import my.etika.discipline.entity.IncidentSource;
import my.etika.discipline.entity.OfficerSnapshot;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.officer.entity.OfficerProfile;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;
import my.etika.platform.boundary.Roles;

/**
 * Opens cases: by the integrity unit from a complaint, monitoring or a referral, or from a credential-hygiene finding
 * escalated by the integrity unit. The officer is kept as the directory describes them now; the provisions must be
 * in force on the day of the act; the declaration the officer signed for that year is linked; an act inside office
 * hours is flagged. Whoever opens a case is assigned to it.
 */
@Stateless
@RolesAllowed({Roles.INTEGRITY, Roles.INTEGRITY_HEAD})
public class IncidentIntake {

    private static final int MAX_TEXT = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContacts officers;

    @Inject
    SignedDeclarations declarations;

    @Inject
    DisciplineReference reference;

    @Inject
    WorkingCalendars calendars;

    @Inject
    DisciplineSettings settings;

    @Inject
    AgencySettings agency;

    @Inject
    CaseAccess access;

    @Inject
    CaseJournal journal;

    public long open(IntakeForm form) {
        IncidentSource source = ProcedureSteps.parse(IncidentSource.class, form.source(), "incident.unknownSource");
        if (source == IncidentSource.HYGIENE_FINDING) {
            throw new BusinessException(Kind.INVALID, "incident.unknownSource", form.source());
        }
        if (form.officerId() == null) {
            throw new BusinessException(Kind.INVALID, "incident.officerRequired");
        }
        Instant now = journal.now();
        if (form.occurredAt() != null && form.occurredAt().isAfter(now)) {
            throw new BusinessException(Kind.INVALID, "incident.occurredInFuture");
        }
        LocalDate actOn = form.occurredAt() == null ? journal.today()
                : LocalDate.ofInstant(form.occurredAt(), ProcedureClock.MALAYSIA);
        Incident incident = newIncident(form.officerId(), source, text(form.summary(), "incident.summaryRequired"));
        ActType act = form.actType() == null || form.actType().isBlank() ? null
                : ProcedureSteps.parse(ActType.class, form.actType(), "incident.unknownActType");
        incident.describe(platform(form.platform()), url(form.url()), act, form.occurredAt(),
                form.occurredAt() == null ? null : officeHours().contains(form.occurredAt(),
                        calendars.of(incident.getOfficer().getDutyStationState())));
        incident.classify(categoryId(form.categoryCode(), actOn), provisions(form.provisionIds(), actOn));
        return opened(incident, actOn.getYear(), null);
    }

    /** A hygiene finding becomes a case (called by the hygiene boundary, in its transaction). */
    public long escalate(FindingEscalation escalation) {
        Incident incident = newIncident(escalation.officerId(), IncidentSource.HYGIENE_FINDING,
                truncate(escalation.ruleCode() + ": " + escalation.evidence()
                        + (escalation.reason() == null ? "" : "\n" + escalation.reason())));
        LocalDate today = journal.today();
        incident.classify(categoryId(escalation.categoryCode(), today), Set.of());
        incident.linkFinding(escalation.findingId());
        return opened(incident, today.getYear(), escalation.reason());
    }

    private Incident newIncident(long officerId, IncidentSource source, String summary) {
        OfficerProfile p = officers.profile(officerId)
                .orElseThrow(() -> new BusinessException(Kind.NOT_FOUND, "incident.officerNotFound", officerId));
        OfficerSnapshot snapshot = new OfficerSnapshot(officerId, p.login(), p.fullName(), p.employeeNumber(),
                p.grade(), p.gradeSystem(), p.serviceScheme(), p.serviceGroup(), p.positionTitle(), p.orgUnit(),
                p.dutyStationState());
        Instant now = journal.now();
        // a unique stand-in until the id is known (see opened)
        String provisional = UUID.randomUUID().toString().replace("-", "");
        return new Incident(provisional, source, snapshot, summary, access.caller(), now,
                journal.today());
    }

    private long opened(Incident incident, int declarationYear, String note) {
        declarations.signedFor(incident.getOfficer().getOfficerId(), declarationYear)
                .ifPresent(incident::linkDeclaration);
        em.persist(incident);
        em.flush();
        incident.numbered(String.format(Locale.ROOT, "TT-%d-%06d", journal.today().getYear(), incident.getId()));
        em.persist(new IncidentAssignment(incident.getId(), access.caller(), access.caller(), journal.now()));
        journal.stepped(incident, null, incident.getStatusSinceOn(), access.caller(), note);
        return incident.getId();
    }

    private OfficeHours officeHours() {
        var hours = settings.officeHours();
        return new OfficeHours(hours[0], hours[1], agency.permittedWindows());
    }

    private Long categoryId(String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return reference.category(code.strip(), on)
                .orElseThrow(() -> new BusinessException(Kind.INVALID, "incident.unknownCategory", code)).id();
    }

    private Set<Long> provisions(List<Long> ids, LocalDate on) {
        Set<Long> valid = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            ProvisionView provision;
            try {
                provision = reference.provision(id);
            } catch (BusinessException notFound) {
                throw new BusinessException(Kind.INVALID, "incident.unknownProvision", id);
            }
            if (!provision.validity().inForceOn(on)) {
                throw new BusinessException(Kind.INVALID, "incident.provisionNotInForce", provision.numberLabel(),
                        on);
            }
            valid.add(id);
        }
        return valid;
    }

    private static String platform(String platform) {
        return platform == null || platform.isBlank() ? null
                : platform.strip().toLowerCase(Locale.ROOT).substring(0, Math.min(32, platform.strip().length()));
    }

    private static String url(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        try {
            URI uri = new URI(trimmed);
            if (trimmed.length() <= 2048 && uri.getHost() != null
                    && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                return trimmed;
            }
        } catch (java.net.URISyntaxException e) {
            // refused below
        }
        throw new BusinessException(Kind.INVALID, "incident.badUrl");
    }

    private static String text(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(Kind.INVALID, key);
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new BusinessException(Kind.INVALID, "incident.textTooLong", MAX_TEXT);
        }
        return value.strip();
    }

    private static String truncate(String value) {
        return value.length() > MAX_TEXT ? value.substring(0, MAX_TEXT) : value;
    }
}
