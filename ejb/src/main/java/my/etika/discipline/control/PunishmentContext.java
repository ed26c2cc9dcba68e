package my.etika.discipline.control;

import java.math.BigDecimal;

/**
 * What the punishment rules need to know of the case and the officer.
 *
 * @param lesserPunishmentTrack  the case is on the reg 36 track (not with a view to dismissal or reduction)
 * @param monthlyEmoluments      the officer's monthly emoluments in ringgit
 * @param finesAlreadyThisMonth  the fines already imposed on the officer in the month of this one, in ringgit
 * @param currentGrade           the officer's grade ({@code N19}, {@code F9})
 * @param atMinimumSalaryPoint   the officer's salary is at the minimum point of the grade
 * @param daysAbsent             the days the officer was actually absent (for a forfeiture of emoluments)
 */
public record PunishmentContext(boolean lesserPunishmentTrack, BigDecimal monthlyEmoluments,
        BigDecimal finesAlreadyThisMonth, String currentGrade, boolean atMinimumSalaryPoint, Integer daysAbsent) {
}
