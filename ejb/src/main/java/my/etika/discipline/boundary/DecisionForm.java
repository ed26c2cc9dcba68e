package my.etika.discipline.boundary;

import java.math.BigDecimal;
import java.util.List;
import my.etika.discipline.control.ImposedPunishment;

/**
 * A decision of the disciplinary authority (or the appeal board's lighter one): the punishments (none: acquitted)
 * and what their limits are checked against — the officer's monthly emoluments, the fines already imposed this
 * month, whether the salary is at the minimum point, the days absent (for forfeiture).
 */
public record DecisionForm(List<ImposedPunishment> punishments, String summary, BigDecimal monthlyEmoluments,
        BigDecimal finesAlreadyThisMonth, boolean atMinimumSalaryPoint, Integer daysAbsent) {

    public List<ImposedPunishment> punishmentsOrNone() {
        return punishments == null ? List.of() : punishments;
    }
}
