package my.etika.calendar.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditTrail;
import my.etika.calendar.WorkingWeek;
import my.etika.calendar.control.CalendarCache;
import my.etika.calendar.entity.HolidayKind;
import my.etika.calendar.entity.PublicHoliday;
import my.etika.platform.boundary.BusinessException;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The calendar's tables as the migration seeds them, and calendars built from the database, under Hibernate ORM
 * and EclipseLink: substitute days, holidays recorded, imported and withdrawn (the cached calendars follow).
 */
class WorkCalendarPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final String SEED_SOURCE =
            "Akta Cuti 1951 — sahkan dengan Jadual Hari Kelepasan Am Persekutuan (JPM)";

    private JpaTestUnit unit;
    private WorkingCalendars calendars;
    private final List<AuditEntry> recorded = new ArrayList<>();

    @AfterEach
    void stop() {
        if (unit != null) {
            unit.close();
        }
    }

    private void start(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        calendars = new WorkingCalendars();
        calendars.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        calendars.cache = new CalendarCache(calendars.clock);
        calendars.changes = stub(Event.class, "fire", args -> {
            calendars.cache.invalidate();
            return null;
        });
        Principal admin = () -> "demo.pentadbir";
        calendars.session = stub(SessionContext.class, "getCallerPrincipal", args -> admin);
        calendars.audit = new AuditTrail() {
            @Override
            public long record(AuditEntry entry) {
                recorded.add(entry);
                return recorded.size();
            }
        };
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theSeedHoldsEveryStatesWeekendAndTheFixedFederalHolidays(JpaProvider provider) {
        start(provider);
        List<Object[]> weekends = inTransaction(em -> em.createQuery("select w.stateCode, count(w) from"
                + " StateWeekend w group by w.stateCode order by w.stateCode", Object[].class).getResultList());
        assertThat(weekends).hasSize(16);
        assertThat(weekends).allSatisfy(w -> assertThat(((Number) w[1]).intValue())
                .isEqualTo("MY-01".equals(w[0]) ? 3 : 1));

        List<PublicHoliday> seeded = inTransaction(em -> em.createQuery("select h from PublicHoliday h",
                PublicHoliday.class).getResultList());
        assertThat(seeded).hasSize(16 * 10);
        assertThat(seeded).allSatisfy(h -> {
            assertThat(h.getKind()).isEqualTo(HolidayKind.FEDERAL);
            assertThat(h.getSource()).isEqualTo(SEED_SOURCE);
            assertThat(h.isWithdrawn()).isFalse();
        });
        assertThat(seeded.stream().filter(h -> h.getStateCode().equals("MY-11")).map(PublicHoliday::getDate))
                .containsExactlyInAnyOrder(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1),
                        LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 16), LocalDate.of(2026, 12, 25),
                        LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 7), LocalDate.of(2027, 8, 31),
                        LocalDate.of(2027, 9, 16), LocalDate.of(2027, 12, 25));
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theSeededWeekendsAgreeWithTheWorkingWeekKnowledge(JpaProvider provider) {
        start(provider);
        List<LocalDate> days = List.of(LocalDate.of(2013, 12, 27), LocalDate.of(2013, 12, 29),
                LocalDate.of(2014, 1, 3), LocalDate.of(2024, 12, 27), LocalDate.of(2024, 12, 29),
                LocalDate.of(2025, 1, 3), LocalDate.of(2025, 1, 5), LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 28), LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30));
        for (String state : MalaysianStates.CODES) {
            StateCalendar calendar = inTransaction(em -> calendars.of(state));
            assertThat(calendar.stateCode()).isEqualTo(state);
            for (LocalDate day : days) {
                assertThat(calendar.isWeekend(day)).as("%s %s", state, day)
                        .isEqualTo(!WorkingWeek.isWorkingDay(state, day));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aCalendarBuiltFromTheDatabaseGivesTheExpectedDates(JpaProvider provider) {
        start(provider);
        StateCalendar kedah = inTransaction(em -> calendars.of("MY-02"));
        assertThat(kedah.substituteFor(LocalDate.of(2026, 5, 1))).contains(LocalDate.of(2026, 5, 3));
        assertThat(kedah.substituteFor(LocalDate.of(2026, 12, 25))).contains(LocalDate.of(2026, 12, 27));
        assertThat(kedah.substituteFor(LocalDate.of(2027, 5, 1))).as("a Saturday").isEmpty();
        assertThat(kedah.plusWorkingDays(LocalDate.of(2026, 4, 30), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(kedah.plusWorkingDays(LocalDate.of(2026, 6, 4), 1)).isEqualTo(LocalDate.of(2026, 6, 7));

        StateCalendar selangor = inTransaction(em -> calendars.of(" my-10 "));
        assertThat(selangor.stateCode()).isEqualTo("MY-10");
        assertThat(selangor.substituteFor(LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(selangor.plusWorkingDays(LocalDate.of(2026, 6, 4), 1)).isEqualTo(LocalDate.of(2026, 6, 5));
        assertThat(selangor.plusWorkingDays(LocalDate.of(2026, 8, 28), 1)).as("National Day, a Monday")
                .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(selangor.workingDaysBetween(LocalDate.of(2026, 12, 28), LocalDate.of(2026, 12, 21)))
                .as("Christmas between").isEqualTo(-4);

        assertThat(inTransaction(em -> calendars.of(null)).stateCode()).isEqualTo("MY-14");
        assertThat(inTransaction(em -> calendars.of("MY-99")).stateCode()).isEqualTo("MY-14");

        List<HolidayView> year = inTransaction(em -> calendars.holidays("MY-02", 2026, false));
        assertThat(year).extracting(HolidayView::date).containsExactly(LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 16),
                LocalDate.of(2026, 12, 25));
        assertThat(year.get(0).substituteDate()).isEqualTo(LocalDate.of(2026, 5, 3));
        assertThat(year.get(0).onWeekend()).isTrue();
        assertThat(year.get(1).substituteDate()).isNull();
        assertThat(year.get(1).onWeekend()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void anImportedFileIsRecordedWholeAndTheCalendarFollows(JpaProvider provider) {
        start(provider);
        StateCalendar before = inTransaction(em -> calendars.of("MY-10"));
        assertThat(before.isWorkingDay(LocalDate.of(2026, 3, 23))).isTrue();

        HolidayImportSummary summary = inTransaction(em -> calendars.importHolidays(csv(
                "date,states,name_ms,name_en,kind,source\n"
                        + "2026-03-22,MY-10 MY-14,Cuti A,Holiday A,STATE,Warta\n"
                        + "2026-03-23,MY-10,Cuti B,Holiday B,AD_HOC,Pengumuman\n")));

        assertThat(summary.rows()).isEqualTo(2);
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("IMPORT");
            assertThat(entry.details()).isEqualTo("{\"added\":3,\"perState\":{\"MY-10\":2,\"MY-14\":1},\"rows\":2}");
        });
        assertThat(summary.holidaysAdded()).isEqualTo(3);
        assertThat(summary.addedPerState()).containsExactly(java.util.Map.entry("MY-10", 2),
                java.util.Map.entry("MY-14", 1));
        StateCalendar after = inTransaction(em -> calendars.of("MY-10"));
        assertThat(after.substituteFor(LocalDate.of(2026, 3, 22))).contains(LocalDate.of(2026, 3, 24));
        assertThat(inTransaction(em -> calendars.of("MY-14")).substituteFor(LocalDate.of(2026, 3, 22)))
                .contains(LocalDate.of(2026, 3, 23));
        PublicHoliday recorded = inTransaction(em -> em.createQuery("select h from PublicHoliday h where"
                + " h.stateCode = 'MY-10' and h.nameMs = 'Cuti B'", PublicHoliday.class).getSingleResult());
        assertThat(recorded.getCreatedBy()).isEqualTo("demo.pentadbir");
        assertThat(recorded.getCreatedAt()).isEqualTo(NOW);
        assertThat(recorded.getKind()).isEqualTo(HolidayKind.AD_HOC);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aFileWithOneBadLineRecordsNothing(JpaProvider provider) {
        start(provider);
        long before = holidayCount();
        HolidayImportRefused refused = catchThrowableOfType(HolidayImportRefused.class,
                () -> inTransaction(em -> calendars.importHolidays(csv("date,states,name_ms,name_en,kind,source\n"
                        + "2026-03-22,MY-10,Cuti A,Holiday A,STATE,Warta\n"
                        + "2026-05-01,ALL,Hari Pekerja,Labour Day,FEDERAL,Akta\n"))));
        assertThat(refused.errors()).hasSize(16);
        assertThat(refused.errors()).allSatisfy(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.messageKey()).isEqualTo("calendar.import.alreadyRecorded");
        });
        assertThat(holidayCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void anAdHocHolidayIsAddedAndWithdrawnWithAReason(JpaProvider provider) {
        start(provider);
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertThat(inTransaction(em -> calendars.of("MY-02")).plusWorkingDays(LocalDate.of(2026, 11, 25), 1))
                .isEqualTo(thursday);

        List<HolidayView> added = inTransaction(em -> calendars.addHoliday(new HolidayForm(thursday,
                List.of("MY-02;MY-03"), "Cuti Peristiwa", "Special holiday", null, "Pengumuman MB")));
        assertThat(added).extracting(HolidayView::stateCode).containsExactly("MY-02", "MY-03");
        assertThat(added.get(0).kind()).isEqualTo(HolidayKind.AD_HOC);
        assertThat(inTransaction(em -> calendars.of("MY-02")).plusWorkingDays(LocalDate.of(2026, 11, 25), 1))
                .as("Thursday off, Friday and Saturday the weekend").isEqualTo(LocalDate.of(2026, 11, 29));

        BusinessException again = catchThrowableOfType(BusinessException.class, () -> inTransaction(
                em -> calendars.addHoliday(new HolidayForm(thursday, List.of("MY-02"), "Lain", "Other",
                        HolidayKind.STATE, "x"))));
        assertThat(again.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
        assertThat(again.messageKey()).isEqualTo("calendar.holiday.alreadyRecorded");

        HolidayView kedah = added.get(0);
        BusinessException stale = catchThrowableOfType(BusinessException.class, () -> inTransaction(
                em -> calendars.withdrawHoliday(kedah.id(), kedah.version() + 1, "Dibatalkan")));
        assertThat(stale.kind()).isEqualTo(BusinessException.Kind.CONFLICT);
        BusinessException noReason = catchThrowableOfType(BusinessException.class, () -> inTransaction(
                em -> calendars.withdrawHoliday(kedah.id(), kedah.version(), " ")));
        assertThat(noReason.messageKey()).isEqualTo("calendar.holiday.reasonRequired");

        HolidayView withdrawn = inTransaction(em -> calendars.withdrawHoliday(kedah.id(), kedah.version(),
                "Dibatalkan oleh kerajaan negeri"));
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.withdrawnBy()).isEqualTo("demo.pentadbir");
        assertThat(withdrawn.version()).isGreaterThan(kedah.version());
        assertThat(inTransaction(em -> calendars.of("MY-02")).isWorkingDay(thursday)).isTrue();
        assertThat(inTransaction(em -> calendars.of("MY-03")).isWorkingDay(thursday)).isFalse();
        List<HolidayView> inForce = inTransaction(em -> calendars.holidays("MY-02", 2026, false));
        assertThat(inForce).noneMatch(h -> h.date().equals(thursday));
        List<HolidayView> all = inTransaction(em -> calendars.holidays("MY-02", 2026, true));
        assertThat(all).anyMatch(h -> h.date().equals(thursday) && "Dibatalkan oleh kerajaan negeri".equals(
                        h.withdrawnReason()));

        BusinessException twice = catchThrowableOfType(BusinessException.class, () -> inTransaction(
                em -> calendars.withdrawHoliday(kedah.id(), withdrawn.version(), "lagi")));
        assertThat(twice.messageKey()).isEqualTo("calendar.holiday.alreadyWithdrawn");
        List<HolidayView> addedAgain = inTransaction(em -> calendars.addHoliday(new HolidayForm(thursday,
                List.of("MY-02"), "Cuti Peristiwa", "Special holiday", HolidayKind.AD_HOC, "Pengumuman baharu")));
        assertThat(addedAgain).hasSize(1);
        assertThat(recorded).extracting(AuditEntry::action).containsExactly("CREATE", "CREATE", "WITHDRAW", "CREATE");
        assertThat(recorded.get(2).entityId()).isEqualTo(String.valueOf(kedah.id()));
        assertThat(recorded.get(2).reason()).isEqualTo("Dibatalkan oleh kerajaan negeri");
    }

    private long holidayCount() {
        return inTransaction(em -> em.createQuery("select count(h) from PublicHoliday h", Long.class)
                .getSingleResult());
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Runs the work with the boundary on the transaction's entity manager, as the container would. */
    private <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(em -> {
            calendars.em = em;
            return work.apply(em);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<?> type, String method, Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return answer.apply(args);
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }
}
