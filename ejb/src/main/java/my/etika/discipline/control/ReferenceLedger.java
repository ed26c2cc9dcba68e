package my.etika.discipline.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import my.etika.discipline.entity.ReferenceRow;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;

/**
 * The versioning of reference data, whatever its kind: versions in force on a day, and the three changes an
 * administrator makes (a new code, the next version of a code, the end of a code), each refused with a reason the
 * user can act on. A version in force is never rewritten: the next version closes it the day before it starts.
 */
public final class ReferenceLedger {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EntityManager em;

    public ReferenceLedger(EntityManager em) {
        this.em = em;
    }

    /** The versions of that kind in force on the day, in id order. */
    public <T extends ReferenceRow> List<T> inForce(Class<T> type, LocalDate on) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.effectiveFrom <= :on"
                + " and (r.effectiveTo is null or r.effectiveTo >= :on) order by r.id", type)
                .setParameter("on", on).getResultList();
    }

    /** The version of that code in force on the day. */
    public <T extends ReferenceRow> Optional<T> inForce(Class<T> type, String code, LocalDate on) {
        return em.createQuery("select r from " + type.getSimpleName() + " r where r.code = :code"
                + " and r.effectiveFrom <= :on and (r.effectiveTo is null or r.effectiveTo >= :on) order by r.id",
                type).setParameter("code", code).setParameter("on", on).getResultStream().findFirst();
    }

    /** Every version of that kind, by code and then from the oldest. */
    public <T extends ReferenceRow> List<T> versions(Class<T> type) {
        return em.createQuery("select r from " + type.getSimpleName() + " r order by r.code, r.effectiveFrom, r.id",
                type).getResultList();
    }

    /** Whether any version of that code exists (in force or not). */
    public boolean exists(Class<? extends ReferenceRow> type, String code) {
        return !em.createQuery("select r.id from " + type.getSimpleName() + " r where r.code = :code", Long.class)
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    public <T extends ReferenceRow> T find(Class<T> type, long id) {
        T row = em.find(type, id);
        if (row == null) {
            throw new BusinessException(Kind.NOT_FOUND, "reference.notFound", id);
        }
        return row;
    }

    /** The open version the administrator saw, still as they saw it. */
    public <T extends ReferenceRow> T current(Class<T> type, long id, long expectedVersion) {
        T row = find(type, id);
        if (row.getVersion() != expectedVersion) {
            throw new BusinessException(Kind.CONFLICT, "reference.changedMeanwhile", row.getCode());
        }
        if (!row.isOpen()) {
            throw new BusinessException(Kind.CONFLICT, "reference.notCurrent", row.getCode(),
                    day(row.getEffectiveTo()));
        }
        return row;
    }

    /**
     * Refuses a new code unless every earlier version of it ended before {@code effectiveFrom} (a retired code may
     * come back later; two versions of a code are never in force on the same day).
     */
    public void requireFree(Class<? extends ReferenceRow> type, String code, LocalDate effectiveFrom) {
        boolean overlaps = !em.createQuery("select r.id from " + type.getSimpleName() + " r where r.code = :code"
                + " and (r.effectiveTo is null or r.effectiveTo >= :from)", Long.class).setParameter("code", code)
                .setParameter("from", effectiveFrom).setMaxResults(1).getResultList().isEmpty();
        if (overlaps) {
            throw new BusinessException(Kind.CONFLICT, "reference.codeInUse", code);
        }
    }

    /** Refuses a next version that starts before the current one or has no reason. */
    public static void requireRevision(ReferenceRow current, LocalDate effectiveFrom, String reason) {
        if (effectiveFrom == null) {
            throw new BusinessException(Kind.INVALID, "reference.effectiveDateRequired");
        }
        if (effectiveFrom.isBefore(current.getEffectiveFrom())) {
            throw new BusinessException(Kind.INVALID, "reference.effectiveBeforeCurrent", current.getCode(),
                    day(current.getEffectiveFrom()));
        }
        requireReason(reason);
    }

    public static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException(Kind.INVALID, "reference.reasonRequired");
        }
        return reason.strip();
    }

    /** Stores a new code's first version. */
    public <T extends ReferenceRow> T add(T first) {
        em.persist(first);
        em.flush();
        return first;
    }

    /** Closes the current version the day before the next one starts and stores the next one. */
    public <T extends ReferenceRow> T replace(T current, T next, String reason, Instant at, String by) {
        current.close(next.getEffectiveFrom().minusDays(1), reason, at, by);
        em.persist(next);
        flush(current);
        return next;
    }

    /** Ends the current version on its last day. */
    public void retire(ReferenceRow current, LocalDate lastDay, String reason, Instant at, String by) {
        if (lastDay == null) {
            throw new BusinessException(Kind.INVALID, "reference.effectiveDateRequired");
        }
        String why = requireReason(reason);
        if (lastDay.isBefore(current.getEffectiveFrom().minusDays(1))) {
            throw new BusinessException(Kind.INVALID, "reference.retireBeforeStart", current.getCode(),
                    day(current.getEffectiveFrom()));
        }
        current.close(lastDay, why, at, by);
        flush(current);
    }

    /** A date as refusals show it, day first (the arguments of a refusal are language-neutral). */
    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** Another administrator changing the same version at the same moment loses on the version column. */
    private void flush(ReferenceRow current) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new BusinessException(Kind.CONFLICT, "reference.changedMeanwhile", current.getCode());
        }
    }
}
