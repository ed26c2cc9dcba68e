package my.etika.calendar.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import my.etika.audit.boundary.AuditTrail;
import my.etika.calendar.control.CalendarCache;
import my.etika.calendar.control.HolidayAudit;
import my.etika.calendar.control.HolidayCsv;
import my.etika.calendar.control.HolidaysChanged;
import my.etika.calendar.entity.HolidayKind;
import my.etika.calendar.entity.PublicHoliday;
import my.etika.calendar.entity.StateWeekend;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * The working calendars of the states (for deadlines counted in working days of an officer's duty-station state)
 * and the administration of their public holidays. Reading a calendar is open to every caller, system timers
 * included; recording and withdrawing holidays is the administrators'.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class WorkingCalendars {

    private static final int FLUSH_EVERY = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CalendarCache cache;

    @Inject
    Event<HolidaysChanged> changes;

    @Resource
    SessionContext session;

    @Inject
    AuditTrail audit;

    /**
     * The calendar of a state (ISO 3166-2, e.g. {@code MY-02}). A null or unknown code gets the calendar of
     * {@link MalaysianStates#FEDERAL_FALLBACK} (WP Kuala Lumpur: the federal Saturday–Sunday week and the federal
     * territory's holidays); {@link StateCalendar#stateCode()} says which calendar it is.
     */
    @PermitAll
    public StateCalendar of(String stateCode) {
        String state = MalaysianStates.isKnown(stateCode) ? MalaysianStates.normalise(stateCode)
                : MalaysianStates.FEDERAL_FALLBACK;
        return cache.get(state, () -> load(state));
    }

    /** The holidays recorded for a state in a year, in date order, with their substitute days. */
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.INTEGRITY, Roles.AUDITOR, Roles.ADMIN})
    public List<HolidayView> holidays(String stateCode, int year, boolean includeWithdrawn) {
        String state = knownState(stateCode);
        StateCalendar calendar = of(state);
        return em.createQuery("select h from PublicHoliday h where h.stateCode = :state and h.date between :from"
                + " and :to" + (includeWithdrawn ? "" : " and h.withdrawnAt is null") + " order by h.date, h.id",
                PublicHoliday.class)
                .setParameter("state", state)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .getResultStream().map(h -> view(h, calendar)).toList();
    }

    /** Records a holiday (ad hoc, state or federal) in each state the form names. */
    public List<HolidayView> addHoliday(HolidayForm form) {
        if (form == null || form.date() == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.holiday.dateRequired");
        }
        List<String> states = new ArrayList<>();
        for (String listed : form.states() == null ? List.<String>of() : form.states()) {
            MalaysianStates.split(listed).stream().filter(s -> !states.contains(s)).forEach(states::add);
        }
        if (states.isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.holiday.statesRequired");
        }
        states.forEach(WorkingCalendars::knownState);
        String nameMs = required(form.nameMs(), HolidayCsv.MAX_NAME);
        String nameEn = required(form.nameEn(), HolidayCsv.MAX_NAME);
        String source = required(form.source(), HolidayCsv.MAX_SOURCE);
        HolidayKind kind = form.kind() == null ? HolidayKind.AD_HOC : form.kind();
        Map<HolidayCsv.StateDate, String> recorded = recordedBetween(form.date(), form.date());
        for (String state : states) {
            String known = recorded.get(new HolidayCsv.StateDate(state, form.date()));
            if (known != null) {
                throw new BusinessException(BusinessException.Kind.CONFLICT, "calendar.holiday.alreadyRecorded",
                        form.date().toString(), state, known);
            }
        }
        Instant now = clock.instant();
        List<PublicHoliday> added = new ArrayList<>();
        for (String state : states) {
            PublicHoliday holiday = new PublicHoliday(state, form.date(), nameMs, nameEn, kind, source, now,
                    caller());
            em.persist(holiday);
            added.add(holiday);
        }
        em.flush();
        changed();
        added.forEach(h -> audit.record(HolidayAudit.added(h)));
        return added.stream().map(h -> view(h, of(h.getStateCode()))).toList();
    }

    /** Withdraws a holiday (it stays on record, no longer counting), naming the version seen and the reason. */
    public HolidayView withdrawHoliday(long id, long expectedVersion, String reason) {
        String why = required(reason, 2000, "calendar.holiday.reasonRequired");
        PublicHoliday holiday = em.find(PublicHoliday.class, id);
        if (holiday == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "calendar.holiday.notFound", id);
        }
        if (holiday.isWithdrawn()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "calendar.holiday.alreadyWithdrawn",
                    holiday.getNameMs(), holiday.getDate().toString());
        }
        if (holiday.getVersion() != expectedVersion) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "calendar.holiday.changedMeanwhile",
                    holiday.getNameMs(), holiday.getDate().toString());
        }
        holiday.withdraw(clock.instant(), caller(), why);
        em.flush();
        changed();
        audit.record(HolidayAudit.withdrawn(holiday));
        return view(holiday, of(holiday.getStateCode()));
    }

    /**
     * Imports a holiday list in CSV (see {@link HolidayCsv}): every row recorded, or none with the errors found
     * ({@link HolidayImportRefused}).
     */
    public HolidayImportSummary importHolidays(InputStream csv) {
        List<HolidayCsv.Row> rows = HolidayCsv.parse(csv,
                year -> recordedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        Instant now = clock.instant();
        String by = caller();
        Map<String, Integer> perState = new TreeMap<>();
        int added = 0;
        for (HolidayCsv.Row row : rows) {
            for (String state : row.states()) {
                em.persist(new PublicHoliday(state, row.date(), row.nameMs(), row.nameEn(), row.kind(),
                        row.source(), now, by));
                perState.merge(state, 1, Integer::sum);
                if (++added % FLUSH_EVERY == 0) {
                    em.flush();
                    em.clear();
                }
            }
        }
        em.flush();
        changed();
        audit.record(HolidayAudit.imported(rows.size(), added, perState));
        return new HolidayImportSummary(rows.size(), added, perState);
    }

    private StateCalendar load(String state) {
        List<WeekendPeriod> periods = em.createQuery("select w from StateWeekend w where w.stateCode = :state"
                + " order by w.effectiveFrom", StateWeekend.class).setParameter("state", state).getResultStream()
                .map(w -> new WeekendPeriod(w.getEffectiveFrom(), w.weekendDays(), w.restDay())).toList();
        List<Holiday> holidays = em.createQuery("select h from PublicHoliday h where h.stateCode = :state"
                + " and h.withdrawnAt is null order by h.date, h.id", PublicHoliday.class)
                .setParameter("state", state).getResultStream()
                .map(h -> new Holiday(h.getId(), h.getDate(), h.getNameMs(), h.getNameEn(), h.getKind())).toList();
        return new StateCalendar(state, periods, holidays);
    }

    /** The names of the holidays in force between two dates, by state and date. */
    private Map<HolidayCsv.StateDate, String> recordedBetween(LocalDate from, LocalDate to) {
        Map<HolidayCsv.StateDate, String> recorded = new HashMap<>();
        for (Object[] row : em.createQuery("select h.stateCode, h.date, h.nameMs from PublicHoliday h"
                + " where h.date between :from and :to and h.withdrawnAt is null", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            recorded.putIfAbsent(new HolidayCsv.StateDate((String) row[0], (LocalDate) row[1]), (String) row[2]);
        }
        return recorded;
    }

    private void changed() {
        cache.invalidate();
        changes.fire(new HolidaysChanged());
    }

    private static HolidayView view(PublicHoliday h, StateCalendar calendar) {
        LocalDate substitute = h.isWithdrawn() ? null : calendar.substituteFor(h.getDate()).orElse(null);
        return new HolidayView(h.getId(), h.getStateCode(), h.getDate(), h.getNameMs(), h.getNameEn(), h.getKind(),
                h.getSource(), h.getCreatedBy(), h.getCreatedAt(), substitute, calendar.isWeekend(h.getDate()),
                h.getWithdrawnAt(), h.getWithdrawnBy(), h.getWithdrawnReason(), h.getVersion());
    }

    private static String knownState(String stateCode) {
        if (!MalaysianStates.isKnown(stateCode)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.stateUnknown",
                    stateCode == null ? "" : stateCode);
        }
        return MalaysianStates.normalise(stateCode);
    }

    private static String required(String value, int max) {
        return required(value, max, "calendar.holiday.fieldRequired");
    }

    private static String required(String value, int max, String missingKey) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(BusinessException.Kind.INVALID, missingKey);
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.holiday.tooLong", max);
        }
        return stripped;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
