package my.etika.discipline.control;

import java.time.LocalDate;

/**
 * A clock running on a case. Statutory periods (the representation, the appeal, the forwarding of an appeal) count
 * calendar days; service levels count working days of the officer's duty-station state. Both are shown with the
 * working days left (negative: overdue by that many).
 *
 * @param kind REPRESENTATION, APPEAL, APPEAL_FORWARD, SERVICE_LEVEL or CONDONATION_RISK
 */
public record Deadline(String kind, boolean statutory, LocalDate dueOn, long calendarDaysLeft, int workingDaysLeft,
        boolean overdue) {
}
