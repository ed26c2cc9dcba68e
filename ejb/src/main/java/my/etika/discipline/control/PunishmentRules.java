package my.etika.discipline.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import my.etika.discipline.entity.PunishmentKind;
import my.etika.discipline.entity.PunishmentType;

/**
 * Checks the punishments of a decision against the punishment types in force (regs 38–42 of P.U.(A) 395/1993 as
 * data: limits, letters and which types are severe all come from {@link PunishmentType}). Pure: no container, no
 * database. An empty result means the punishments are allowed.
 *
 * <p>Readings where the regulations are silent: one day of emoluments is the monthly emoluments divided by the
 * type's {@code emolumentDaysDivisor} (30 in the seed); ringgit limits are rounded down to the sen. A grade with a
 * number up to 15 is taken as an SSPA grade, whose ladder is one number per grade, so a reduction in rank must
 * lower it by exactly {@code rankReductionGrades}; above 15 it is an SSM grade, whose ladder (odd appointment and
 * even promotion grades, varying by scheme) is not known here, so any lower number of the same scheme is accepted.
 */
public final class PunishmentRules {

    /** The highest SSPA grade number (Pekeliling Perkhidmatan Bil. 1/2024): a grade fact, not a regulation. */
    static final int SSPA_HIGHEST = 15;

    private static final Pattern NUMBERED_GRADE = Pattern.compile("([A-Z]{1,3})([1-9][0-9]?)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SEN = 2;

    private PunishmentRules() {
    }

    /**
     * @param punishments the punishments of one decision
     * @param context     the case and the officer
     * @param types       the punishment types in force on the decision's date, by kind
     * @return what is wrong, in the order found; empty when the punishments are allowed
     */
    public static List<PunishmentViolation> check(List<ImposedPunishment> punishments, PunishmentContext context,
            Map<PunishmentKind, PunishmentType> types) {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(types, "types");
        List<PunishmentViolation> violations = new ArrayList<>();
        if (punishments == null || punishments.isEmpty()) {
            violations.add(new PunishmentViolation("punishment.noneImposed", List.of()));
            return violations;
        }
        Set<PunishmentKind> seen = EnumSet.noneOf(PunishmentKind.class);
        Set<PunishmentKind> reported = EnumSet.noneOf(PunishmentKind.class);
        for (ImposedPunishment punishment : punishments) {
            if (punishment == null || punishment.kind() == null) {
                violations.add(new PunishmentViolation("punishment.kindMissing", List.of()));
                continue;
            }
            PunishmentKind kind = punishment.kind();
            PunishmentType type = types.get(kind);
            if (type == null) {
                violations.add(new PunishmentViolation("punishment.typeNotInForce", List.of(kind.name())));
                continue;
            }
            Check check = new Check(type, context, violations);
            if (!seen.add(kind)) {
                if (reported.add(kind)) {
                    check.refuse("punishment.duplicate");
                }
                continue;
            }
            if (kind == PunishmentKind.DISMISSAL && punishments.size() > 1) {
                check.refuse("punishment.dismissalNotAlone");
            }
            if (context.lesserPunishmentTrack() && type.isSevere()) {
                check.refuse("punishment.severeOnLesserTrack");
            }
            check.limits(punishment);
        }
        return violations;
    }

    /** The checks of one punishment against its type. */
    private record Check(PunishmentType type, PunishmentContext context, List<PunishmentViolation> violations) {

        void refuse(String key, Object... details) {
            List<Object> arguments = new ArrayList<>();
            arguments.add(Objects.toString(type.getLetter(), type.getKind().name()));
            arguments.add(Objects.toString(type.getNameMs(), type.getKind().name()));
            arguments.add(Objects.toString(type.getNameEn(), type.getKind().name()));
            arguments.addAll(List.of(details));
            violations.add(new PunishmentViolation(key, arguments));
        }

        void limits(ImposedPunishment punishment) {
            switch (type.getKind()) {
                case FINE -> fine(punishment);
                case FORFEITURE_OF_EMOLUMENTS -> forfeiture(punishment);
                case DEFERMENT_OF_SALARY_MOVEMENT -> deferment(punishment);
                case REDUCTION_OF_SALARY -> salaryReduction(punishment);
                case REDUCTION_IN_RANK -> rankReduction(punishment);
                case WARNING, DISMISSAL -> {
                    // nothing to measure
                }
            }
        }

        private void fine(ImposedPunishment punishment) {
            BigDecimal amount = amount(punishment);
            BigDecimal monthly = monthlyEmoluments();
            Integer maxDays = parameter("fineMaxDays", type.getFineMaxDays());
            Integer capPercent = parameter("monthlyFinesCapPercent", type.getMonthlyFinesCapPercent());
            Integer divisor = parameter("emolumentDaysDivisor", type.getEmolumentDaysDivisor());
            BigDecimal already = context.finesAlreadyThisMonth();
            if (already == null) {
                refuse("punishment.missing.finesAlreadyThisMonth");
            } else if (already.signum() < 0) {
                refuse("punishment.finesAlreadyNegative", already);
            }
            if (amount == null || monthly == null || maxDays == null || divisor == null) {
                return;
            }
            BigDecimal maxAmount = daysOfEmoluments(monthly, maxDays, divisor);
            if (amount.compareTo(maxAmount) > 0) {
                refuse("punishment.fine.aboveDays", amount, maxDays, maxAmount);
            }
            if (capPercent != null && already != null && already.signum() >= 0) {
                BigDecimal cap = monthly.multiply(BigDecimal.valueOf(capPercent)).divide(HUNDRED, SEN,
                        RoundingMode.DOWN);
                BigDecimal total = already.add(amount);
                if (total.compareTo(cap) > 0) {
                    refuse("punishment.fine.aboveMonthlyCap", total, capPercent, cap, already);
                }
            }
        }

        private void forfeiture(ImposedPunishment punishment) {
            BigDecimal amount = amount(punishment);
            BigDecimal monthly = monthlyEmoluments();
            Integer divisor = parameter("emolumentDaysDivisor", type.getEmolumentDaysDivisor());
            Integer days = required("days", punishment.days());
            Integer absent = context.daysAbsent();
            if (absent == null) {
                refuse("punishment.missing.daysAbsent");
            } else if (absent < 1) {
                refuse("punishment.forfeiture.noAbsence");
            } else if (days != null && !days.equals(absent)) {
                refuse("punishment.forfeiture.daysNotAbsence", days, absent);
            }
            if (amount == null || monthly == null || divisor == null || days == null || days < 1) {
                return;
            }
            BigDecimal maxAmount = daysOfEmoluments(monthly, days, divisor);
            if (amount.compareTo(maxAmount) > 0) {
                refuse("punishment.forfeiture.aboveDays", amount, days, maxAmount);
            }
        }

        private void deferment(ImposedPunishment punishment) {
            Integer months = required("months", punishment.months());
            List<Integer> allowed = type.getDefermentMonthsAllowed();
            if (allowed.isEmpty()) {
                refuse("punishment.parameterMissing.defermentMonthsAllowed");
                return;
            }
            if (months != null && !allowed.contains(months)) {
                refuse("punishment.deferment.monthsNotAllowed", months,
                        allowed.stream().map(String::valueOf).collect(Collectors.joining(", ")));
            }
        }

        private void salaryReduction(ImposedPunishment punishment) {
            Integer movements = required("movements", punishment.movements());
            Integer months = required("months", punishment.months());
            Integer max = parameter("salaryReductionMaxMovements", type.getSalaryReductionMaxMovements());
            if (context.atMinimumSalaryPoint()) {
                refuse("punishment.salaryReduction.atMinimum");
            }
            if (movements != null && max != null && (movements < 1 || movements > max)) {
                refuse("punishment.salaryReduction.movementsOutOfRange", movements, max);
            }
            if (months != null && months < 1) {
                refuse("punishment.salaryReduction.monthsNotPositive", months);
            }
        }

        private void rankReduction(ImposedPunishment punishment) {
            String newGrade = required("newGrade", blankToNull(punishment.newGrade()));
            String currentGrade = blankToNull(context.currentGrade());
            if (currentGrade == null) {
                refuse("punishment.missing.currentGrade");
            }
            Integer grades = parameter("rankReductionGrades", type.getRankReductionGrades());
            if (newGrade == null || currentGrade == null || grades == null) {
                return;
            }
            Matcher current = NUMBERED_GRADE.matcher(normalised(currentGrade));
            Matcher lower = NUMBERED_GRADE.matcher(normalised(newGrade));
            if (!current.matches()) {
                refuse("punishment.rank.gradeNotNumbered", currentGrade);
                return;
            }
            if (!lower.matches()) {
                refuse("punishment.rank.gradeNotNumbered", newGrade);
                return;
            }
            if (!current.group(1).equals(lower.group(1))) {
                refuse("punishment.rank.otherScheme", currentGrade, newGrade);
                return;
            }
            int from = Integer.parseInt(current.group(2));
            int to = Integer.parseInt(lower.group(2));
            if (to >= from) {
                refuse("punishment.rank.notLower", currentGrade, newGrade);
            } else if (from <= SSPA_HIGHEST && from - to != grades) {
                refuse("punishment.rank.notGradesLower", currentGrade, newGrade, grades);
            }
        }

        /** The amount of a fine or forfeiture: given, positive, in whole sen. */
        private BigDecimal amount(ImposedPunishment punishment) {
            BigDecimal amount = required("amount", punishment.amount());
            if (amount == null) {
                return null;
            }
            if (amount.signum() <= 0) {
                refuse("punishment.amountNotPositive", amount);
                return null;
            }
            if (amount.stripTrailingZeros().scale() > SEN) {
                refuse("punishment.amountPrecision", amount);
                return null;
            }
            return amount;
        }

        private BigDecimal monthlyEmoluments() {
            BigDecimal monthly = context.monthlyEmoluments();
            if (monthly == null) {
                refuse("punishment.missing.monthlyEmoluments");
                return null;
            }
            if (monthly.signum() <= 0) {
                refuse("punishment.monthlyEmolumentsNotPositive", monthly);
                return null;
            }
            return monthly;
        }

        /** A field the imposed punishment must give. */
        private <T> T required(String field, T value) {
            if (value == null) {
                refuse("punishment.missing." + field);
            }
            return value;
        }

        /** A limit the punishment type must hold (reference data an administrator left out). */
        private Integer parameter(String field, Integer value) {
            if (value == null || value < 1) {
                refuse("punishment.parameterMissing." + field);
                return null;
            }
            return value;
        }

        private static BigDecimal daysOfEmoluments(BigDecimal monthly, int days, int divisor) {
            return monthly.multiply(BigDecimal.valueOf(days)).divide(BigDecimal.valueOf(divisor), SEN,
                    RoundingMode.DOWN);
        }

        private static String normalised(String grade) {
            return grade.strip().toUpperCase(Locale.ROOT);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }
}
