package my.etika.discipline.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import my.etika.audit.boundary.AuditTrail;
import my.etika.discipline.control.ProvisionLabels;
import my.etika.discipline.control.ReferenceAudit;
import my.etika.discipline.control.ReferenceFields;
import my.etika.discipline.control.ReferenceLedger;
import my.etika.discipline.entity.Amendment;
import my.etika.discipline.entity.Circular;
import my.etika.discipline.entity.DisciplinaryAuthority;
import my.etika.discipline.entity.MisconductCategory;
import my.etika.discipline.entity.PunishmentKind;
import my.etika.discipline.entity.PunishmentParameters;
import my.etika.discipline.entity.PunishmentType;
import my.etika.discipline.entity.RegulationInstrument;
import my.etika.discipline.entity.RegulationProvision;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;
import my.etika.platform.boundary.Roles;

/**
 * The disciplinary reference data: instruments, provisions, amendments, punishment types, authorities, misconduct
 * categories and circulars, each as in force on a day. Cases cite a version by id; administrators change the data
 * only by closing a version and adding its successor, never by rewriting a version (not even a typo: a correction
 * is a revision from the same first day, which leaves the old version never in force but still there for any case
 * that cites it).
 */
@Stateless
@RolesAllowed({Roles.INTEGRITY, Roles.INTEGRITY_HEAD, Roles.HR, Roles.AUDITOR, Roles.ADMIN})
public class DisciplineReference {

    static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    private static final Comparator<RegulationProvision> BY_INSTRUMENT_AND_LABEL = Comparator
            .comparing((RegulationProvision p) -> p.getInstrument().getCode())
            .thenComparing(RegulationProvision::getNumberLabel, ProvisionLabels.ORDER)
            .thenComparing(RegulationProvision::getEffectiveFrom)
            .thenComparing(RegulationProvision::getId);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    ReferenceLedger ledger;

    @PostConstruct
    void init() {
        ledger = new ReferenceLedger(em);
    }

    /** Today in Malaysia: the day "as on" means when none is given. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(MALAYSIA));
    }

    // ---- reads ---------------------------------------------------------------------------------------------

    public List<InstrumentView> instruments() {
        return ledger.versions(RegulationInstrument.class).stream().map(InstrumentView::of).toList();
    }

    /** The provisions in force on the day, of one instrument (by code) or of all when {@code instrumentCode} is null. */
    public List<ProvisionView> provisions(String instrumentCode, LocalDate on) {
        return ledger.inForce(RegulationProvision.class, on).stream()
                .filter(p -> instrumentCode == null || p.getInstrument().getCode().equals(instrumentCode))
                .sorted(BY_INSTRUMENT_AND_LABEL).map(ProvisionView::of).toList();
    }

    /** Every version of the provisions of one instrument (or of all), for the administrators' history. */
    public List<ProvisionView> provisionVersions(String instrumentCode) {
        return ledger.versions(RegulationProvision.class).stream()
                .filter(p -> instrumentCode == null || p.getInstrument().getCode().equals(instrumentCode))
                .sorted(BY_INSTRUMENT_AND_LABEL).map(ProvisionView::of).toList();
    }

    /** The version a case cites, in force or not. */
    public ProvisionView provision(long id) {
        return ProvisionView.of(ledger.find(RegulationProvision.class, id));
    }

    /** The provision of another instrument this one corresponds to (Pahang 24 → federal 19), as in force on the day. */
    public Optional<ProvisionView> correspondingProvision(long id, LocalDate on) {
        String code = ledger.find(RegulationProvision.class, id).getCorrespondsToCode();
        return code == null ? Optional.empty()
                : ledger.inForce(RegulationProvision.class, code, on).map(ProvisionView::of);
    }

    public List<CategoryView> categories(LocalDate on) {
        return ledger.inForce(MisconductCategory.class, on).stream()
                .sorted(Comparator.comparing(MisconductCategory::getCode)).map(CategoryView::of).toList();
    }

    public List<CategoryView> categoryVersions() {
        return ledger.versions(MisconductCategory.class).stream().map(CategoryView::of).toList();
    }

    /** The category of that code in force on the day (the credential-hygiene escalation looks its codes up). */
    public Optional<CategoryView> category(String code, LocalDate on) {
        return ledger.inForce(MisconductCategory.class, code, on).map(CategoryView::of);
    }

    public CategoryView category(long id) {
        return CategoryView.of(ledger.find(MisconductCategory.class, id));
    }

    /** The punishment types in force on the day, for {@code PunishmentRules.check}. */
    public Map<PunishmentKind, PunishmentType> punishmentTypes(LocalDate on) {
        Map<PunishmentKind, PunishmentType> types = new EnumMap<>(PunishmentKind.class);
        ledger.inForce(PunishmentType.class, on).forEach(t -> types.put(t.getKind(), t));
        return types;
    }

    public List<PunishmentTypeView> punishments(LocalDate on) {
        return punishmentTypes(on).values().stream().map(PunishmentTypeView::of).toList();
    }

    public List<PunishmentTypeView> punishmentVersions() {
        return ledger.versions(PunishmentType.class).stream()
                .sorted(Comparator.comparing(PunishmentType::getKind).thenComparing(PunishmentType::getEffectiveFrom))
                .map(PunishmentTypeView::of).toList();
    }

    public PunishmentTypeView punishmentType(long id) {
        return PunishmentTypeView.of(ledger.find(PunishmentType.class, id));
    }

    public List<AuthorityView> authorities(LocalDate on) {
        return ledger.inForce(DisciplinaryAuthority.class, on).stream().map(AuthorityView::of).toList();
    }

    public List<AuthorityView> authorityVersions() {
        return ledger.versions(DisciplinaryAuthority.class).stream().map(AuthorityView::of).toList();
    }

    public AuthorityView authority(long id) {
        return AuthorityView.of(ledger.find(DisciplinaryAuthority.class, id));
    }

    public List<CircularView> circulars() {
        return ledger.versions(Circular.class).stream().map(CircularView::of).toList();
    }

    public List<AmendmentView> amendments() {
        return ledger.versions(Amendment.class).stream().map(AmendmentView::of).toList();
    }

    // ---- provisions ----------------------------------------------------------------------------------------

    @RolesAllowed(Roles.ADMIN)
    public ProvisionView addProvision(String instrumentCode, String numberLabel, LocalDate effectiveFrom,
            ProvisionForm form) {
        requireDate(effectiveFrom);
        RegulationInstrument instrument = instrument(instrumentCode, effectiveFrom);
        String label = ReferenceFields.numberLabel(numberLabel);
        ledger.requireFree(RegulationProvision.class, RegulationProvision.codeOf(instrument.getCode(), label),
                effectiveFrom);
        RegulationProvision provision = new RegulationProvision(instrument, label, effectiveFrom, clock.instant(),
                caller());
        describe(provision, form);
        ProvisionView added = ProvisionView.of(ledger.add(provision));
        audit.record(ReferenceAudit.added("RegulationProvision", added.id(), added));
        return added;
    }

    @RolesAllowed(Roles.ADMIN)
    public ProvisionView reviseProvision(long id, Revision revision, ProvisionForm form) {
        requireForm(revision);
        RegulationProvision current = ledger.current(RegulationProvision.class, id, revision.expectedVersion());
        ReferenceLedger.requireRevision(current, revision.effectiveFrom(), revision.reason());
        String reason = revision.reason().strip();
        Instant now = clock.instant();
        RegulationProvision next = current.successor(revision.effectiveFrom(), reason, now, caller());
        describe(next, form);
        ProvisionView before = ProvisionView.of(current);
        ProvisionView after = ProvisionView.of(ledger.replace(current, next, reason, now, caller()));
        audit.record(ReferenceAudit.revised("RegulationProvision", current.getId(), reason, before, after));
        return after;
    }

    @RolesAllowed(Roles.ADMIN)
    public ProvisionView retireProvision(long id, Retirement retirement) {
        requireForm(retirement);
        RegulationProvision current = ledger.current(RegulationProvision.class, id, retirement.expectedVersion());
        ProvisionView before = ProvisionView.of(current);
        ledger.retire(current, retirement.lastDay(), retirement.reason(), clock.instant(), caller());
        ProvisionView after = ProvisionView.of(current);
        audit.record(ReferenceAudit.retired("RegulationProvision", current.getId(), retirement.reason(), before, after));
        return after;
    }

    private void describe(RegulationProvision provision, ProvisionForm form) {
        requireForm(form);
        String textMs = ReferenceFields.optional(form.textMs(), 4000);
        String sourceUrl = ReferenceFields.url(form.sourceUrl());
        if (form.wordingVerified() && (textMs == null || sourceUrl == null)) {
            throw new BusinessException(Kind.INVALID, "reference.verifiedNeedsTextAndSource");
        }
        String correspondsTo = ReferenceFields.optional(form.correspondsToCode(), 64);
        if (correspondsTo != null) {
            if (correspondsTo.equals(provision.getCode())) {
                throw new BusinessException(Kind.INVALID, "reference.correspondsToItself");
            }
            requireProvisionCode(correspondsTo);
        }
        provision.describe(ReferenceFields.optional(form.heading(), 256), textMs,
                ReferenceFields.required(form.glossEn(), "reference.glossRequired", 4000), form.wordingVerified(),
                form.socialMedia(), correspondsTo, sourceUrl);
        provision.annotate(ReferenceFields.optional(form.note(), 2000));
    }

    // ---- misconduct categories -----------------------------------------------------------------------------

    @RolesAllowed(Roles.ADMIN)
    public CategoryView addCategory(String code, LocalDate effectiveFrom, CategoryForm form) {
        requireDate(effectiveFrom);
        String checked = ReferenceFields.code(code);
        ledger.requireFree(MisconductCategory.class, checked, effectiveFrom);
        MisconductCategory category = new MisconductCategory(checked, effectiveFrom, clock.instant(), caller());
        describe(category, form);
        CategoryView added = CategoryView.of(ledger.add(category));
        audit.record(ReferenceAudit.added("MisconductCategory", added.id(), added));
        return added;
    }

    @RolesAllowed(Roles.ADMIN)
    public CategoryView reviseCategory(long id, Revision revision, CategoryForm form) {
        requireForm(revision);
        MisconductCategory current = ledger.current(MisconductCategory.class, id, revision.expectedVersion());
        ReferenceLedger.requireRevision(current, revision.effectiveFrom(), revision.reason());
        String reason = revision.reason().strip();
        Instant now = clock.instant();
        MisconductCategory next = current.successor(revision.effectiveFrom(), reason, now, caller());
        describe(next, form);
        CategoryView before = CategoryView.of(current);
        CategoryView after = CategoryView.of(ledger.replace(current, next, reason, now, caller()));
        audit.record(ReferenceAudit.revised("MisconductCategory", current.getId(), reason, before, after));
        return after;
    }

    @RolesAllowed(Roles.ADMIN)
    public CategoryView retireCategory(long id, Retirement retirement) {
        requireForm(retirement);
        MisconductCategory current = ledger.current(MisconductCategory.class, id, retirement.expectedVersion());
        CategoryView before = CategoryView.of(current);
        ledger.retire(current, retirement.lastDay(), retirement.reason(), clock.instant(), caller());
        CategoryView after = CategoryView.of(current);
        audit.record(ReferenceAudit.retired("MisconductCategory", current.getId(), retirement.reason(), before, after));
        return after;
    }

    private void describe(MisconductCategory category, CategoryForm form) {
        requireForm(form);
        List<String> provisions = form.defaultProvisionCodes() == null ? List.of()
                : form.defaultProvisionCodes().stream().filter(c -> c != null && !c.isBlank()).map(String::strip)
                        .distinct().toList();
        provisions.forEach(this::requireProvisionCode);
        if (String.join(",", provisions).length() > 2000) {
            throw new BusinessException(Kind.INVALID, "reference.tooLong", 2000);
        }
        category.describe(ReferenceFields.required(form.nameMs(), "reference.namesRequired", 1000),
                ReferenceFields.required(form.nameEn(), "reference.namesRequired", 1000),
                ReferenceFields.optional(form.source(), 512), provisions);
        category.annotate(ReferenceFields.optional(form.note(), 2000));
    }

    // ---- punishment types ----------------------------------------------------------------------------------

    /** A punishment type for a kind that has none in force from that day (after a retirement). */
    @RolesAllowed(Roles.ADMIN)
    public PunishmentTypeView addPunishmentType(PunishmentKind kind, LocalDate effectiveFrom,
            PunishmentTypeForm form) {
        requireDate(effectiveFrom);
        if (kind == null) {
            throw new BusinessException(Kind.INVALID, "reference.kindRequired");
        }
        ledger.requireFree(PunishmentType.class, kind.name(), effectiveFrom);
        PunishmentType type = new PunishmentType(kind, effectiveFrom, clock.instant(), caller());
        describe(type, form);
        PunishmentTypeView added = PunishmentTypeView.of(ledger.add(type));
        audit.record(ReferenceAudit.added("PunishmentType", added.id(), added));
        return added;
    }

    @RolesAllowed(Roles.ADMIN)
    public PunishmentTypeView revisePunishmentType(long id, Revision revision, PunishmentTypeForm form) {
        requireForm(revision);
        PunishmentType current = ledger.current(PunishmentType.class, id, revision.expectedVersion());
        ReferenceLedger.requireRevision(current, revision.effectiveFrom(), revision.reason());
        String reason = revision.reason().strip();
        Instant now = clock.instant();
        PunishmentType next = current.successor(revision.effectiveFrom(), reason, now, caller());
        describe(next, form);
        PunishmentTypeView before = PunishmentTypeView.of(current);
        PunishmentTypeView after = PunishmentTypeView.of(ledger.replace(current, next, reason, now, caller()));
        audit.record(ReferenceAudit.revised("PunishmentType", current.getId(), reason, before, after));
        return after;
    }

    @RolesAllowed(Roles.ADMIN)
    public PunishmentTypeView retirePunishmentType(long id, Retirement retirement) {
        requireForm(retirement);
        PunishmentType current = ledger.current(PunishmentType.class, id, retirement.expectedVersion());
        PunishmentTypeView before = PunishmentTypeView.of(current);
        ledger.retire(current, retirement.lastDay(), retirement.reason(), clock.instant(), caller());
        PunishmentTypeView after = PunishmentTypeView.of(current);
        audit.record(ReferenceAudit.retired("PunishmentType", current.getId(), retirement.reason(), before, after));
        return after;
    }

    private static void describe(PunishmentType type, PunishmentTypeForm form) {
        requireForm(form);
        PunishmentParameters parameters = form.parameters() == null ? PunishmentParameters.none()
                : form.parameters();
        boolean positive = Stream.of(parameters.fineMaxDays(), parameters.emolumentDaysDivisor(),
                parameters.salaryReductionMaxMovements(), parameters.rankReductionGrades())
                .allMatch(v -> v == null || v >= 1)
                && parameters.defermentMonthsAllowed().stream().allMatch(m -> m != null && m >= 1)
                && (parameters.monthlyFinesCapPercent() == null
                        || parameters.monthlyFinesCapPercent() >= 1 && parameters.monthlyFinesCapPercent() <= 100);
        if (!positive) {
            throw new BusinessException(Kind.INVALID, "reference.parametersInvalid");
        }
        type.describe(ReferenceFields.required(form.letter(), "reference.letterRequired", 16),
                ReferenceFields.required(form.nameMs(), "reference.namesRequired", 256),
                ReferenceFields.required(form.nameEn(), "reference.namesRequired", 256), form.severe(), parameters);
        type.annotate(ReferenceFields.optional(form.note(), 2000));
    }

    // ---- authorities ---------------------------------------------------------------------------------------

    @RolesAllowed(Roles.ADMIN)
    public AuthorityView addAuthority(String code, LocalDate effectiveFrom, AuthorityForm form) {
        requireDate(effectiveFrom);
        String checked = ReferenceFields.code(code);
        ledger.requireFree(DisciplinaryAuthority.class, checked, effectiveFrom);
        DisciplinaryAuthority authority = new DisciplinaryAuthority(checked, effectiveFrom, clock.instant(),
                caller());
        describe(authority, form, effectiveFrom);
        AuthorityView added = AuthorityView.of(ledger.add(authority));
        audit.record(ReferenceAudit.added("DisciplinaryAuthority", added.id(), added));
        return added;
    }

    @RolesAllowed(Roles.ADMIN)
    public AuthorityView reviseAuthority(long id, Revision revision, AuthorityForm form) {
        requireForm(revision);
        DisciplinaryAuthority current = ledger.current(DisciplinaryAuthority.class, id, revision.expectedVersion());
        ReferenceLedger.requireRevision(current, revision.effectiveFrom(), revision.reason());
        String reason = revision.reason().strip();
        Instant now = clock.instant();
        DisciplinaryAuthority next = current.successor(revision.effectiveFrom(), reason, now,
                caller());
        describe(next, form, revision.effectiveFrom());
        AuthorityView before = AuthorityView.of(current);
        AuthorityView after = AuthorityView.of(ledger.replace(current, next, reason, now, caller()));
        audit.record(ReferenceAudit.revised("DisciplinaryAuthority", current.getId(), reason, before, after));
        return after;
    }

    @RolesAllowed(Roles.ADMIN)
    public AuthorityView retireAuthority(long id, Retirement retirement) {
        requireForm(retirement);
        DisciplinaryAuthority current = ledger.current(DisciplinaryAuthority.class, id,
                retirement.expectedVersion());
        AuthorityView before = AuthorityView.of(current);
        ledger.retire(current, retirement.lastDay(), retirement.reason(), clock.instant(), caller());
        AuthorityView after = AuthorityView.of(current);
        audit.record(ReferenceAudit.retired("DisciplinaryAuthority", current.getId(), retirement.reason(), before, after));
        return after;
    }

    private void describe(DisciplinaryAuthority authority, AuthorityForm form, LocalDate on) {
        requireForm(form);
        if (form.kind() == null) {
            throw new BusinessException(Kind.INVALID, "reference.kindRequired");
        }
        if (form.serviceGroup() == null) {
            throw new BusinessException(Kind.INVALID, "reference.serviceGroupRequired");
        }
        String instrumentCode = ReferenceFields.optional(form.instrumentCode(), 64);
        authority.describe(ReferenceFields.required(form.nameMs(), "reference.namesRequired", 256),
                ReferenceFields.required(form.nameEn(), "reference.namesRequired", 256), form.kind(),
                form.serviceGroup(), instrumentCode == null ? null : instrument(instrumentCode, on));
        authority.annotate(ReferenceFields.optional(form.note(), 2000));
    }

    // ---- shared --------------------------------------------------------------------------------------------

    /** The instrument of that code in force on the day, or its latest version. */
    private RegulationInstrument instrument(String code, LocalDate on) {
        if (code == null || code.isBlank()) {
            throw new BusinessException(Kind.INVALID, "reference.unknownInstrument", "");
        }
        String stripped = code.strip();
        return ledger.inForce(RegulationInstrument.class, stripped, on)
                .or(() -> ledger.versions(RegulationInstrument.class).stream()
                        .filter(i -> i.getCode().equals(stripped)).reduce((first, second) -> second))
                .orElseThrow(() -> new BusinessException(Kind.INVALID, "reference.unknownInstrument", stripped));
    }

    private void requireProvisionCode(String code) {
        if (!ledger.exists(RegulationProvision.class, code)) {
            throw new BusinessException(Kind.INVALID, "reference.unknownProvision", code);
        }
    }

    private static void requireDate(LocalDate effectiveFrom) {
        if (effectiveFrom == null) {
            throw new BusinessException(Kind.INVALID, "reference.effectiveDateRequired");
        }
    }

    private static void requireForm(Object form) {
        if (form == null) {
            throw new BusinessException(Kind.INVALID, "reference.formRequired");
        }
    }

    /** The administrator's login (package-private: the JPA test names one without a container). */
    String caller() {
        return session.getCallerPrincipal().getName();
    }
}
