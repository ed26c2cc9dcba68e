package my.etika.discipline.entity;

import java.util.List;

/**
 * The limits of a punishment type; each is {@code null} where it does not apply.
 *
 * @param fineMaxDays                  a fine is at most this many days of emoluments (reg 39(2): 7)
 * @param monthlyFinesCapPercent       the fines of one month together at most this share of the monthly
 *                                     emoluments (reg 39(3): 45)
 * @param emolumentDaysDivisor         one day of emoluments is the monthly emoluments divided by this (30: Etika's
 *                                     reading, the regulations do not say)
 * @param defermentMonthsAllowed       the periods of a deferment of salary movement (reg 40: 3, 6, 9, 12)
 * @param salaryReductionMaxMovements  the most salary movements a reduction of salary takes away (3, uncertain)
 * @param rankReductionGrades          how many grades a reduction in rank lowers (reg 42: 1)
 */
public record PunishmentParameters(Integer fineMaxDays, Integer monthlyFinesCapPercent,
        Integer emolumentDaysDivisor, List<Integer> defermentMonthsAllowed, Integer salaryReductionMaxMovements,
        Integer rankReductionGrades) {

    public PunishmentParameters {
        defermentMonthsAllowed = defermentMonthsAllowed == null ? List.of() : List.copyOf(defermentMonthsAllowed);
    }

    public static PunishmentParameters none() {
        return new PunishmentParameters(null, null, null, List.of(), null, null);
    }
}
