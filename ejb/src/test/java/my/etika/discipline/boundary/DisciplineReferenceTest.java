package my.etika.discipline.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditTrail;
import my.etika.discipline.entity.AuthorityKind;
import my.etika.discipline.entity.PunishmentKind;
import my.etika.discipline.entity.PunishmentParameters;
import my.etika.discipline.entity.PunishmentType;
import my.etika.discipline.entity.ServiceGroupServed;
import my.etika.platform.boundary.BusinessException;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The disciplinary reference data on the Flyway schema, under Hibernate ORM and EclipseLink: the seed as
 * regulations.md gives it, revisions that keep the version they replace, and reads "as on" a day.
 */
class DisciplineReferenceTest {

    /** 3 December 2026, 10:00 in Malaysia. */
    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private static final String FEDERAL = "PUA395-1993";

    private JpaTestUnit unit;
    private EntityManager em;
    private DisciplineReference reference;
    private final List<AuditEntry> recorded = new ArrayList<>();

    private void start(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        em = unit.emf().createEntityManager();
        reference = new DisciplineReference() {
            @Override
            String caller() {
                return "demo.admin";
            }
        };
        reference.em = em;
        reference.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        reference.audit = new AuditTrail() {
            @Override
            public long record(AuditEntry entry) {
                recorded.add(entry);
                return recorded.size();
            }
        };
        reference.init();
    }

    @AfterEach
    void stop() {
        if (em != null) {
            em.close();
        }
        if (unit != null) {
            unit.close();
        }
    }

    /** A write in a transaction of its own, then a fresh persistence context for the reads. */
    private <T> T write(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theSeedHoldsTheSevenPunishmentsWithTheirLimits(JpaProvider provider) {
        start(provider);
        Map<PunishmentKind, PunishmentType> types = reference.punishmentTypes(TODAY);

        assertThat(types).containsOnlyKeys(PunishmentKind.values());
        assertThat(types.values()).extracting(PunishmentType::getLetter).containsExactly("38(a)", "38(b)", "38(c)",
                "38(d)", "38(e)", "38(f)", "38(g)");
        assertThat(types.values()).filteredOn(PunishmentType::isSevere).extracting(PunishmentType::getKind)
                .containsExactly(PunishmentKind.REDUCTION_IN_RANK, PunishmentKind.DISMISSAL);
        assertThat(types.get(PunishmentKind.FINE).parameters())
                .isEqualTo(new PunishmentParameters(7, 45, 30, List.of(), null, null));
        assertThat(types.get(PunishmentKind.FORFEITURE_OF_EMOLUMENTS).getEmolumentDaysDivisor()).isEqualTo(30);
        assertThat(types.get(PunishmentKind.DEFERMENT_OF_SALARY_MOVEMENT).getDefermentMonthsAllowed())
                .containsExactly(3, 6, 9, 12);
        assertThat(types.get(PunishmentKind.REDUCTION_OF_SALARY).getSalaryReductionMaxMovements()).isEqualTo(3);
        assertThat(types.get(PunishmentKind.REDUCTION_OF_SALARY).getNote()).contains("UNCERTAIN");
        assertThat(types.get(PunishmentKind.REDUCTION_IN_RANK).getRankReductionGrades()).isEqualTo(1);
        assertThat(types.get(PunishmentKind.DISMISSAL).getNameMs()).isEqualTo("buang kerja");
        assertThat(reference.punishmentTypes(LocalDate.of(1993, 12, 14))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theSeedHoldsTheFederalProvisionsInPrintedOrder(JpaProvider provider) {
        start(provider);
        List<ProvisionView> federal = reference.provisions(FEDERAL, TODAY);

        assertThat(federal).extracting(ProvisionView::numberLabel).containsExactly("4(1)", "4(2)(a)", "4(2)(b)",
                "4(2)(c)", "4(2)(d)", "4(2)(e)", "4(2)(f)", "4(2)(g)", "4(2)(h)", "4(2)(i)", "4A(1)(a)", "4A(1)(b)",
                "19", "19(1)(a)", "19(1)(b)", "19(1)(c)", "19(1)(d)", "19(2)", "21(1)(a)", "21(1)(b)", "21(1)(c)",
                "21(1)(d)", "21(1)(e)", "21(1)(f)", "38");
        ProvisionView sharing = byLabel(federal, "19(1)(d)");
        assertThat(sharing.code()).isEqualTo("PUA395-1993:19(1)(d)");
        assertThat(sharing.wordingVerified()).isTrue();
        assertThat(sharing.socialMedia()).isTrue();
        assertThat(sharing.textMs()).contains("mengedarkan apa-apa pernyataan atau ulasan");
        assertThat(sharing.jurisdiction()).isEqualTo("FEDERAL");
        assertThat(byLabel(federal, "19(1)(c)").wordingVerified()).isFalse();
        assertThat(byLabel(federal, "19(1)(c)").textMs()).isNull();
        assertThat(federal).filteredOn(ProvisionView::wordingVerified)
                .allSatisfy(p -> assertThat(p.textMs()).isNotBlank())
                .allSatisfy(p -> assertThat(p.sourceUrl()).startsWith("https://"));
        assertThat(reference.provisions(null, TODAY)).hasSize(federal.size() + 1);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void pahang24CorrespondsToFederal19AndIsUnverified(JpaProvider provider) {
        start(provider);
        List<ProvisionView> pahang = reference.provisions("PHGPU30-2015", TODAY);

        assertThat(pahang).singleElement().satisfies(p -> {
            assertThat(p.numberLabel()).isEqualTo("24");
            assertThat(p.jurisdiction()).isEqualTo("MY-06");
            assertThat(p.wordingVerified()).isFalse();
            assertThat(p.note()).contains("UNCERTAIN");
            assertThat(p.correspondsToCode()).isEqualTo("PUA395-1993:19");
        });
        ProvisionView federal19 = reference.correspondingProvision(pahang.get(0).id(), TODAY).orElseThrow();
        assertThat(federal19.instrumentCode()).isEqualTo(FEDERAL);
        assertThat(federal19.numberLabel()).isEqualTo("19");
        assertThat(federal19.heading()).isEqualTo(pahang.get(0).heading());
        assertThat(reference.provisions("PHGPU30-2015", LocalDate.of(2014, 12, 31))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theSeedHoldsTheOtherReferenceData(JpaProvider provider) {
        start(provider);
        assertThat(reference.instruments()).extracting(InstrumentView::code).containsExactlyInAnyOrder(FEDERAL,
                "PUA396-1993", "PHGPU30-2015");
        assertThat(reference.amendments()).extracting(AmendmentView::code).containsExactly("PUA246-2002",
                "PUA252-2015", "PUA435-2011");
        assertThat(reference.circulars()).hasSize(7).extracting(CircularView::reference)
                .contains("JPA.BK(S)223/8/2-3 Jld.4 (56)", "MAMPU.BDPICT (S) 700-6/1/3 (21)");
        List<AuthorityView> authorities = reference.authorities(TODAY);
        assertThat(authorities).extracting(AuthorityView::code).containsExactly("SPA", "LT_PENGURUSAN_1",
                "LT_PENGURUSAN_2", "LT_PELAKSANA_1", "LT_PELAKSANA_2", "LRT");
        assertThat(authorities).filteredOn(a -> a.kind() == AuthorityKind.APPEAL_BOARD).singleElement()
                .extracting(AuthorityView::serviceGroup).isEqualTo(ServiceGroupServed.ANY);

        List<CategoryView> categories = reference.categories(TODAY);
        assertThat(categories).extracting(CategoryView::code).contains("JKDM_7_1", "JKDM_7_7",
                "CLASSIFIED_DISCLOSURE", "POLITICAL_ACTIVITY", "PERSONAL_USE_IN_OFFICE_HOURS",
                "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", "CREDENTIAL_SHARING", "PUBLIC_STATEMENT").hasSize(13);
        assertThat(reference.category("JKDM_7_3", TODAY).orElseThrow().nameMs())
                .isEqualTo("Membuat pautan dan kenyataan yang berunsurkan lucah");
        assertThat(reference.category("PUBLIC_STATEMENT", TODAY).orElseThrow().defaultProvisionCodes())
                .containsExactly("PUA395-1993:19(1)(a)", "PUA395-1993:19(1)(b)", "PUA395-1993:19(1)(c)",
                        "PUA395-1993:19(1)(d)");
        List<String> provisionCodes = reference.provisions(null, TODAY).stream().map(ProvisionView::code).toList();
        assertThat(categories).flatExtracting(CategoryView::defaultProvisionCodes).isNotEmpty()
                .allSatisfy(code -> assertThat(provisionCodes).contains(code));
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aRevisionClosesTheOldVersionAndKeepsIt(JpaProvider provider) {
        start(provider);
        PunishmentType fine = reference.punishmentTypes(TODAY).get(PunishmentKind.FINE);
        LocalDate from = LocalDate.of(2027, 1, 1);

        PunishmentTypeView next = write(() -> reference.revisePunishmentType(fine.getId(),
                new Revision(fine.getVersion(), from, "Pindaan: denda sehingga 10 hari"),
                new PunishmentTypeForm("38(b)", "denda", "fine", false,
                        new PunishmentParameters(10, 45, 30, List.of(), null, null), "Amended.")));

        assertThat(next.id()).isNotEqualTo(fine.getId());
        assertThat(next.code()).isEqualTo("FINE");
        assertThat(next.validity().replacesId()).isEqualTo(fine.getId());
        assertThat(next.validity().revisionReason()).isEqualTo("Pindaan: denda sehingga 10 hari");
        assertThat(next.validity().createdBy()).isEqualTo("demo.admin");
        PunishmentTypeView old = reference.punishmentType(fine.getId());
        assertThat(old.parameters().fineMaxDays()).isEqualTo(7);
        assertThat(old.note()).isEqualTo(fine.getNote());
        assertThat(old.validity().effectiveTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(old.validity().closingReason()).isEqualTo("Pindaan: denda sehingga 10 hari");
        assertThat(old.validity().changedBy()).isEqualTo("demo.admin");
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.entityType()).isEqualTo("PunishmentType");
            assertThat(entry.entityId()).isEqualTo(String.valueOf(fine.getId()));
            assertThat(entry.action()).isEqualTo("REVISE");
            assertThat(entry.reason()).isEqualTo("Pindaan: denda sehingga 10 hari");
            assertThat(entry.before()).contains("\"fineMaxDays\":7");
            assertThat(entry.after()).contains("\"fineMaxDays\":10", "\"id\":" + next.id());
        });
        assertThat(old.validity().changedAt()).isEqualTo(NOW);

        assertThat(reference.punishmentTypes(LocalDate.of(2026, 12, 31)).get(PunishmentKind.FINE).getFineMaxDays())
                .isEqualTo(7);
        assertThat(reference.punishmentTypes(from).get(PunishmentKind.FINE).getFineMaxDays()).isEqualTo(10);
        assertThat(reference.punishmentTypes(from).get(PunishmentKind.FINE).getId()).isEqualTo(next.id());
        assertThat(reference.punishmentVersions()).filteredOn(t -> t.kind() == PunishmentKind.FINE)
                .extracting(PunishmentTypeView::id).containsExactly(fine.getId(), next.id());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aCorrectionFromTheFirstDayLeavesTheOldVersionNeverInForceButCitable(JpaProvider provider) {
        start(provider);
        ProvisionView cited = byLabel(reference.provisions(FEDERAL, TODAY), "19(2)");

        ProvisionView corrected = write(() -> reference.reviseProvision(cited.id(),
                new Revision(cited.version(), cited.validity().effectiveFrom(), "Pembetulan ejaan"),
                new ProvisionForm(cited.heading(), null, "Corrected gloss.", false, true, null, cited.sourceUrl(),
                        cited.note())));

        assertThat(corrected.validity().effectiveFrom()).isEqualTo(LocalDate.of(1993, 12, 15));
        assertThat(byLabel(reference.provisions(FEDERAL, LocalDate.of(1993, 12, 15)), "19(2)").id())
                .isEqualTo(corrected.id());
        assertThat(byLabel(reference.provisions(FEDERAL, TODAY), "19(2)").glossEn()).isEqualTo("Corrected gloss.");
        ProvisionView old = reference.provision(cited.id());
        assertThat(old.glossEn()).isEqualTo(cited.glossEn());
        assertThat(old.validity().effectiveTo()).isEqualTo(LocalDate.of(1993, 12, 14));
        assertThat(reference.provisionVersions(FEDERAL)).filteredOn(p -> p.numberLabel().equals("19(2)"))
                .extracting(ProvisionView::id).containsExactly(cited.id(), corrected.id());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void staleAndOverlappingChangesAreRefused(JpaProvider provider) {
        start(provider);
        CategoryView category = reference.category("PUBLIC_STATEMENT", TODAY).orElseThrow();
        CategoryForm form = new CategoryForm(category.nameMs(), category.nameEn(), category.source(),
                category.defaultProvisionCodes(), category.note());

        assertRefused(() -> reference.reviseCategory(category.id(), new Revision(category.version() + 1, TODAY,
                "x"), form), BusinessException.Kind.CONFLICT, "reference.changedMeanwhile");
        assertRefused(() -> reference.reviseCategory(category.id(), new Revision(category.version(),
                LocalDate.of(1990, 1, 1), "x"), form), BusinessException.Kind.INVALID,
                "reference.effectiveBeforeCurrent");
        assertRefused(() -> reference.reviseCategory(category.id(), new Revision(category.version(), TODAY, " "),
                form), BusinessException.Kind.INVALID, "reference.reasonRequired");
        assertRefused(() -> reference.reviseCategory(category.id(), new Revision(category.version(), TODAY, "x"),
                new CategoryForm("a", "b", null, List.of("PUA395-1993:99"), null)), BusinessException.Kind.INVALID,
                "reference.unknownProvision");

        CategoryView next = write(() -> reference.reviseCategory(category.id(), new Revision(category.version(),
                TODAY, "Nama baharu"), form));
        assertRefused(() -> reference.reviseCategory(category.id(), new Revision(category.version() + 1, TODAY,
                "again"), form), BusinessException.Kind.CONFLICT, "reference.notCurrent");
        assertRefused(() -> reference.addCategory("PUBLIC_STATEMENT", TODAY.plusYears(1), form),
                BusinessException.Kind.CONFLICT, "reference.codeInUse");
        assertThat(reference.category(category.id()).validity().effectiveTo()).isEqualTo(TODAY.minusDays(1));
        assertThat(reference.category("PUBLIC_STATEMENT", TODAY).orElseThrow().id()).isEqualTo(next.id());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aRetiredCodeEndsOnItsLastDayAndMayComeBackLater(JpaProvider provider) {
        start(provider);
        AuthorityView board = reference.authorities(TODAY).stream().filter(a -> a.code().equals("LT_PELAKSANA_2"))
                .findFirst().orElseThrow();
        LocalDate lastDay = LocalDate.of(2026, 12, 31);

        write(() -> reference.retireAuthority(board.id(), new Retirement(board.version(), lastDay, "Dibubarkan")));

        assertThat(reference.authorities(lastDay)).extracting(AuthorityView::code).contains("LT_PELAKSANA_2");
        assertThat(reference.authorities(lastDay.plusDays(1))).extracting(AuthorityView::code)
                .doesNotContain("LT_PELAKSANA_2").contains("LT_PELAKSANA_1");
        AuthorityForm form = new AuthorityForm(board.nameMs(), board.nameEn(), board.kind(), board.serviceGroup(),
                "PUA396-1993", null);
        assertRefused(() -> reference.addAuthority("LT_PELAKSANA_2", lastDay, form), BusinessException.Kind.CONFLICT,
                "reference.codeInUse");
        AuthorityView back = write(() -> reference.addAuthority("lt_pelaksana_2", LocalDate.of(2028, 1, 1), form));
        assertThat(back.code()).isEqualTo("LT_PELAKSANA_2");
        assertThat(back.instrumentCode()).isEqualTo("PUA396-1993");
        assertThat(recorded).extracting(AuditEntry::entityType, AuditEntry::action, AuditEntry::reason)
                .containsExactly(Tuple.tuple("DisciplinaryAuthority", "RETIRE", "Dibubarkan"),
                        Tuple.tuple("DisciplinaryAuthority", "CREATE", null));
        assertThat(recorded.get(0).after()).contains("\"effectiveTo\":\"2026-12-31\"");
        assertThat(reference.authorities(LocalDate.of(2027, 6, 1))).extracting(AuthorityView::code)
                .doesNotContain("LT_PELAKSANA_2");
        assertThat(reference.authorities(LocalDate.of(2028, 1, 1))).extracting(AuthorityView::id)
                .contains(back.id());
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aNewProvisionOfAStateInstrumentIsAdded(JpaProvider provider) {
        start(provider);
        ProvisionForm form = new ProvisionForm("Politik", null, "Politics: the Pahang equivalent of federal 21.",
                false, true, "PUA395-1993:21(1)(a)", "https://www.scribd.com/document/420335372/kpj", "UNCERTAIN");

        ProvisionView added = write(() -> reference.addProvision("PHGPU30-2015", "26", LocalDate.of(2015, 1, 1),
                form));

        assertThat(added.code()).isEqualTo("PHGPU30-2015:26");
        assertThat(reference.provisions("PHGPU30-2015", TODAY)).extracting(ProvisionView::numberLabel)
                .containsExactly("24", "26");
        assertRefused(() -> reference.addProvision("PHGPU30-2015", "26", TODAY, form),
                BusinessException.Kind.CONFLICT, "reference.codeInUse");
        assertRefused(() -> reference.addProvision("PHGPU30-2015", "27", TODAY, new ProvisionForm(null, null,
                "gloss", true, false, null, null, null)), BusinessException.Kind.INVALID,
                "reference.verifiedNeedsTextAndSource");
        assertRefused(() -> reference.addProvision("PHGPU30-2015", "27", TODAY, new ProvisionForm(null, null,
                "gloss", false, false, null, "javascript:alert(1)", null)), BusinessException.Kind.INVALID,
                "reference.urlInvalid");
        assertRefused(() -> reference.addProvision("PLS-1993", "19", TODAY, form), BusinessException.Kind.INVALID,
                "reference.unknownInstrument");
    }

    private void assertRefused(Runnable change, BusinessException.Kind kind, String key) {
        assertThatThrownBy(() -> write(() -> {
            change.run();
            return null;
        })).asInstanceOf(InstanceOfAssertFactories.type(BusinessException.class)).satisfies(e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.kind()).isEqualTo(kind);
        });
    }

    private static ProvisionView byLabel(List<ProvisionView> provisions, String label) {
        return provisions.stream().filter(p -> p.numberLabel().equals(label)).findFirst().orElseThrow();
    }
}
