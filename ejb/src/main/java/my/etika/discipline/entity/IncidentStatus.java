package my.etika.discipline.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands in the ordinary disciplinary procedure (regs 35–37 of P.U.(A) 395/1993, appeal under P.U.(A)
 * 396/1993): RECEIVED → PRELIMINARY_INVESTIGATION → HOD_REPORTED → TRACK_DETERMINED → CHARGED →
 * AWAITING_REPRESENTATION → DELIBERATION → DECIDED → NOTIFIED → APPEAL_WINDOW → [APPEALED → APPEAL_DECIDED] → CLOSED.
 * NO_CASE ends a case before a charge, WITHDRAWN at any point before the decision. The guards on each step (dates,
 * track, punishments, clocks) are in {@code my.etika.discipline.control.ProcedureGuard}.
 */
public enum IncidentStatus {
    RECEIVED, PRELIMINARY_INVESTIGATION, HOD_REPORTED, TRACK_DETERMINED, CHARGED, AWAITING_REPRESENTATION,
    DELIBERATION, DECIDED, NOTIFIED, APPEAL_WINDOW, APPEALED, APPEAL_DECIDED, CLOSED, NO_CASE, WITHDRAWN;

    /** Which statuses may follow this one. */
    public Set<IncidentStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(PRELIMINARY_INVESTIGATION, NO_CASE, WITHDRAWN);
            case PRELIMINARY_INVESTIGATION -> EnumSet.of(HOD_REPORTED, NO_CASE, WITHDRAWN);
            case HOD_REPORTED -> EnumSet.of(TRACK_DETERMINED, NO_CASE, WITHDRAWN);
            case TRACK_DETERMINED -> EnumSet.of(CHARGED, NO_CASE, WITHDRAWN);
            case CHARGED -> EnumSet.of(AWAITING_REPRESENTATION, WITHDRAWN);
            case AWAITING_REPRESENTATION -> EnumSet.of(DELIBERATION, WITHDRAWN);
            case DELIBERATION -> EnumSet.of(DECIDED, WITHDRAWN);
            // an acquittal is closed at once; a punishment is notified to the officer
            case DECIDED -> EnumSet.of(NOTIFIED, CLOSED);
            case NOTIFIED -> EnumSet.of(APPEAL_WINDOW);
            case APPEAL_WINDOW -> EnumSet.of(APPEALED, CLOSED);
            // an appeal board that remits the case sends it back for a new decision
            case APPEALED -> EnumSet.of(APPEAL_DECIDED);
            case APPEAL_DECIDED -> EnumSet.of(CLOSED, DELIBERATION);
            case CLOSED, NO_CASE, WITHDRAWN -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean ended() {
        return next().isEmpty();
    }

    /** A decision has been taken (the case counts for the officer's disciplinary record from here). */
    public boolean decided() {
        return ordinal() >= DECIDED.ordinal() && this != NO_CASE && this != WITHDRAWN;
    }

    /** Charged and not yet decided: proceedings are pending against the officer. */
    public boolean proceedingsPending() {
        return ordinal() >= CHARGED.ordinal() && ordinal() < DECIDED.ordinal();
    }
}
