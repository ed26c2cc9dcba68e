package my.etika.discipline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import my.etika.discipline.entity.PunishmentKind;
import my.etika.discipline.entity.PunishmentParameters;
import my.etika.discipline.entity.PunishmentType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The punishment rules against the seven types as seeded (the limits are the types', not the rules'). */
class PunishmentRulesTest {

    private static final Instant AT = Instant.parse("2026-12-03T00:00:00Z");
    private static final LocalDate FROM = LocalDate.of(1993, 12, 15);

    /** RM 3,000 a month: one day is RM 100, seven days RM 700, 45 % RM 1,350. */
    private static final BigDecimal MONTHLY = new BigDecimal("3000.00");

    private static final Map<PunishmentKind, PunishmentType> TYPES = seededTypes();

    private static Map<PunishmentKind, PunishmentType> seededTypes() {
        Map<PunishmentKind, PunishmentType> types = new EnumMap<>(PunishmentKind.class);
        put(types, PunishmentKind.WARNING, "38(a)", "amaran", "warning", false, PunishmentParameters.none());
        put(types, PunishmentKind.FINE, "38(b)", "denda", "fine", false,
                new PunishmentParameters(7, 45, 30, List.of(), null, null));
        put(types, PunishmentKind.FORFEITURE_OF_EMOLUMENTS, "38(c)", "lucut hak emolumen", "forfeiture of emoluments",
                false, new PunishmentParameters(null, null, 30, List.of(), null, null));
        put(types, PunishmentKind.DEFERMENT_OF_SALARY_MOVEMENT, "38(d)", "tangguh pergerakan gaji",
                "deferment of salary movement", false,
                new PunishmentParameters(null, null, null, List.of(3, 6, 9, 12), null, null));
        put(types, PunishmentKind.REDUCTION_OF_SALARY, "38(e)", "turun gaji", "reduction of salary", false,
                new PunishmentParameters(null, null, null, List.of(), 3, null));
        put(types, PunishmentKind.REDUCTION_IN_RANK, "38(f)", "turun pangkat", "reduction in rank", true,
                new PunishmentParameters(null, null, null, List.of(), null, 1));
        put(types, PunishmentKind.DISMISSAL, "38(g)", "buang kerja", "dismissal", true, PunishmentParameters.none());
        return types;
    }

    private static void put(Map<PunishmentKind, PunishmentType> types, PunishmentKind kind, String letter,
            String nameMs, String nameEn, boolean severe, PunishmentParameters parameters) {
        types.put(kind, new PunishmentType(kind, FROM, AT, "test").describe(letter, nameMs, nameEn, severe,
                parameters));
    }

    private static PunishmentContext context() {
        return new PunishmentContext(false, MONTHLY, BigDecimal.ZERO, "N19", false, null);
    }

    private static PunishmentContext lesserTrack() {
        return new PunishmentContext(true, MONTHLY, BigDecimal.ZERO, "N19", false, null);
    }

    private static List<String> keys(List<ImposedPunishment> punishments, PunishmentContext context) {
        return PunishmentRules.check(punishments, context, TYPES).stream().map(PunishmentViolation::messageKey)
                .toList();
    }

    private static List<String> keys(ImposedPunishment punishment, PunishmentContext context) {
        return keys(List.of(punishment), context);
    }

    private static ImposedPunishment fine(String amount) {
        return new ImposedPunishment(PunishmentKind.FINE, amount == null ? null : new BigDecimal(amount), null, null,
                null, null);
    }

    private static ImposedPunishment forfeiture(String amount, Integer days) {
        return new ImposedPunishment(PunishmentKind.FORFEITURE_OF_EMOLUMENTS,
                amount == null ? null : new BigDecimal(amount), days, null, null, null);
    }

    private static ImposedPunishment deferment(Integer months) {
        return new ImposedPunishment(PunishmentKind.DEFERMENT_OF_SALARY_MOVEMENT, null, null, months, null, null);
    }

    private static ImposedPunishment salaryReduction(Integer movements, Integer months) {
        return new ImposedPunishment(PunishmentKind.REDUCTION_OF_SALARY, null, null, months, movements, null);
    }

    private static ImposedPunishment rank(String newGrade) {
        return new ImposedPunishment(PunishmentKind.REDUCTION_IN_RANK, null, null, null, null, newGrade);
    }

    private static PunishmentContext grade(String currentGrade) {
        return new PunishmentContext(false, MONTHLY, BigDecimal.ZERO, currentGrade, false, null);
    }

    @Nested
    class Combinations {

        @Test
        void aWarningAloneIsAllowed() {
            assertThat(keys(ImposedPunishment.of(PunishmentKind.WARNING), context())).isEmpty();
        }

        @Test
        void aWarningWithADefermentIsAllowed() {
            // the JPA case: peraturan 38(a) dan 38(d), a warning and nine months' deferment
            assertThat(keys(List.of(ImposedPunishment.of(PunishmentKind.WARNING), deferment(9)), context())).isEmpty();
        }

        @Test
        void noPunishmentIsRefused() {
            assertThat(keys(List.of(), context())).containsExactly("punishment.noneImposed");
            assertThat(PunishmentRules.check(null, context(), TYPES)).extracting(PunishmentViolation::messageKey)
                    .containsExactly("punishment.noneImposed");
        }

        @Test
        void aPunishmentWithoutAKindIsRefused() {
            List<ImposedPunishment> punishments = new ArrayList<>();
            punishments.add(null);
            punishments.add(new ImposedPunishment(null, null, null, null, null, null));
            assertThat(keys(punishments, context())).containsExactly("punishment.kindMissing",
                    "punishment.kindMissing");
        }

        @Test
        void theSameKindTwiceIsRefusedOnce() {
            List<PunishmentViolation> violations = PunishmentRules.check(List.of(fine("100"), fine("50"), fine("10")),
                    context(), TYPES);
            assertThat(violations).extracting(PunishmentViolation::messageKey).containsExactly("punishment.duplicate");
            assertThat(violations.get(0).arguments()).containsExactly("38(b)", "denda", "fine");
        }

        @Test
        void dismissalStandsAlone() {
            assertThat(keys(ImposedPunishment.of(PunishmentKind.DISMISSAL), context())).isEmpty();
            assertThat(keys(List.of(ImposedPunishment.of(PunishmentKind.DISMISSAL),
                    ImposedPunishment.of(PunishmentKind.WARNING)), context()))
                    .containsExactly("punishment.dismissalNotAlone");
        }

        @ParameterizedTest
        @EnumSource(value = PunishmentKind.class, names = {"REDUCTION_IN_RANK", "DISMISSAL"})
        void severeKindsAreRefusedOnTheLesserTrack(PunishmentKind kind) {
            ImposedPunishment punishment = kind == PunishmentKind.DISMISSAL ? ImposedPunishment.of(kind) : rank("N18");
            assertThat(keys(punishment, grade("N19"))).isEmpty();
            assertThat(keys(punishment, new PunishmentContext(true, MONTHLY, BigDecimal.ZERO, "N19", false, null)))
                    .containsExactly("punishment.severeOnLesserTrack");
        }

        @Test
        void severityIsTheTypesData() {
            Map<PunishmentKind, PunishmentType> types = new EnumMap<>(TYPES);
            types.put(PunishmentKind.WARNING, new PunishmentType(PunishmentKind.WARNING, FROM, AT, "test")
                    .describe("38(a)", "amaran", "warning", true, PunishmentParameters.none()));
            assertThat(PunishmentRules.check(List.of(ImposedPunishment.of(PunishmentKind.WARNING)), lesserTrack(),
                    types)).extracting(PunishmentViolation::messageKey)
                    .containsExactly("punishment.severeOnLesserTrack");
        }

        @Test
        void lesserPunishmentsAreAllowedOnTheLesserTrack() {
            assertThat(keys(List.of(ImposedPunishment.of(PunishmentKind.WARNING), fine("500"), deferment(6),
                    salaryReduction(1, 12)), lesserTrack())).isEmpty();
        }

        @Test
        void aKindWithoutATypeInForceIsRefused() {
            Map<PunishmentKind, PunishmentType> types = new EnumMap<>(TYPES);
            types.remove(PunishmentKind.FINE);
            List<PunishmentViolation> violations = PunishmentRules.check(List.of(fine("100")), context(), types);
            assertThat(violations).extracting(PunishmentViolation::messageKey)
                    .containsExactly("punishment.typeNotInForce");
            assertThat(violations.get(0).arguments()).containsExactly("FINE");
        }
    }

    @Nested
    class Fine {

        @ParameterizedTest
        @ValueSource(strings = {"0.01", "100", "699.99", "700.00", "700"})
        void upToSevenDaysOfEmolumentsIsAllowed(String amount) {
            assertThat(keys(fine(amount), context())).isEmpty();
        }

        @Test
        void moreThanSevenDaysOfEmolumentsIsRefusedWithTheLimit() {
            List<PunishmentViolation> violations = PunishmentRules.check(List.of(fine("700.01")), context(), TYPES);
            assertThat(violations).extracting(PunishmentViolation::messageKey)
                    .containsExactly("punishment.fine.aboveDays");
            assertThat(violations.get(0).arguments()).containsExactly("38(b)", "denda", "fine",
                    new BigDecimal("700.01"), 7, new BigDecimal("700.00"));
        }

        @Test
        void theDailyLimitIsRoundedDownToTheSen() {
            // RM 2,345.67 × 7 / 30 = 547.323: RM 547.32 is allowed, RM 547.33 is not
            PunishmentContext context = new PunishmentContext(false, new BigDecimal("2345.67"), BigDecimal.ZERO,
                    "N19", false, null);
            assertThat(keys(fine("547.32"), context)).isEmpty();
            assertThat(keys(fine("547.33"), context)).containsExactly("punishment.fine.aboveDays");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "-1"})
        void aFineMustBePositive(String amount) {
            assertThat(keys(fine(amount), context())).containsExactly("punishment.amountNotPositive");
        }

        @Test
        void aFineIsInWholeSen() {
            assertThat(keys(fine("10.005"), context())).containsExactly("punishment.amountPrecision");
            assertThat(keys(fine("10.500"), context())).isEmpty();
        }

        @Test
        void theFinesOfAMonthStayWithin45PercentOfTheMonthlyEmoluments() {
            PunishmentContext after650 = new PunishmentContext(false, MONTHLY, new BigDecimal("650.00"), "N19", false,
                    null);
            assertThat(keys(fine("700"), after650)).isEmpty();
            PunishmentContext after651 = new PunishmentContext(false, MONTHLY, new BigDecimal("651"), "N19", false,
                    null);
            List<PunishmentViolation> violations = PunishmentRules.check(List.of(fine("700")), after651, TYPES);
            assertThat(violations).extracting(PunishmentViolation::messageKey)
                    .containsExactly("punishment.fine.aboveMonthlyCap");
            assertThat(violations.get(0).arguments()).containsExactly("38(b)", "denda", "fine",
                    new BigDecimal("1351"), 45, new BigDecimal("1350.00"), new BigDecimal("651"));
        }

        @Test
        void bothLimitsAreReportedWhenBothAreExceeded() {
            PunishmentContext after1000 = new PunishmentContext(false, MONTHLY, new BigDecimal("1000"), "N19", false,
                    null);
            assertThat(keys(fine("800"), after1000)).containsExactly("punishment.fine.aboveDays",
                    "punishment.fine.aboveMonthlyCap");
        }

        @Test
        void missingFieldsAreNamed() {
            assertThat(keys(fine(null), context())).containsExactly("punishment.missing.amount");
            assertThat(keys(fine("100"), new PunishmentContext(false, null, BigDecimal.ZERO, "N19", false, null)))
                    .containsExactly("punishment.missing.monthlyEmoluments");
            assertThat(keys(fine("100"), new PunishmentContext(false, MONTHLY, null, "N19", false, null)))
                    .containsExactly("punishment.missing.finesAlreadyThisMonth");
        }

        @Test
        void impossibleEmolumentsAreRefused() {
            assertThat(keys(fine("100"), new PunishmentContext(false, BigDecimal.ZERO, BigDecimal.ZERO, "N19", false,
                    null))).containsExactly("punishment.monthlyEmolumentsNotPositive");
            assertThat(keys(fine("100"), new PunishmentContext(false, MONTHLY, new BigDecimal("-1"), "N19", false,
                    null))).containsExactly("punishment.finesAlreadyNegative");
        }

        @Test
        void theLimitsAreTheTypesData() {
            Map<PunishmentKind, PunishmentType> types = new EnumMap<>(TYPES);
            types.put(PunishmentKind.FINE, new PunishmentType(PunishmentKind.FINE, FROM, AT, "test")
                    .describe("24(b)", "denda", "fine", false, new PunishmentParameters(3, 45, 31, List.of(), null,
                            null)));
            // 3,100 × 3 / 31 = 300
            PunishmentContext context = new PunishmentContext(false, new BigDecimal("3100"), BigDecimal.ZERO, "N19",
                    false, null);
            assertThat(PunishmentRules.check(List.of(fine("300")), context, types)).isEmpty();
            assertThat(PunishmentRules.check(List.of(fine("300.01")), context, types))
                    .extracting(PunishmentViolation::messageKey).containsExactly("punishment.fine.aboveDays");
        }

        @Test
        void aTypeWithoutItsLimitsRefusesRatherThanAllows() {
            Map<PunishmentKind, PunishmentType> types = new EnumMap<>(TYPES);
            types.put(PunishmentKind.FINE, new PunishmentType(PunishmentKind.FINE, FROM, AT, "test")
                    .describe("38(b)", "denda", "fine", false, PunishmentParameters.none()));
            assertThat(PunishmentRules.check(List.of(fine("1")), context(), types))
                    .extracting(PunishmentViolation::messageKey).containsExactly(
                            "punishment.parameterMissing.fineMaxDays",
                            "punishment.parameterMissing.monthlyFinesCapPercent",
                            "punishment.parameterMissing.emolumentDaysDivisor");
        }
    }

    @Nested
    class Forfeiture {

        private PunishmentContext absent(Integer days) {
            return new PunishmentContext(false, MONTHLY, BigDecimal.ZERO, "N19", false, days);
        }

        @Test
        void theDaysAbsentAtMostTheirEmolumentsAreAllowed() {
            assertThat(keys(forfeiture("300", 3), absent(3))).isEmpty();
            assertThat(keys(forfeiture("150.50", 3), absent(3))).isEmpty();
        }

        @Test
        void moreThanTheDaysEmolumentsIsRefused() {
            List<PunishmentViolation> violations = PunishmentRules.check(List.of(forfeiture("300.01", 3)), absent(3),
                    TYPES);
            assertThat(violations).extracting(PunishmentViolation::messageKey)
                    .containsExactly("punishment.forfeiture.aboveDays");
            assertThat(violations.get(0).arguments()).containsExactly("38(c)", "lucut hak emolumen",
                    "forfeiture of emoluments", new BigDecimal("300.01"), 3, new BigDecimal("300.00"));
        }

        @Test
        void theDaysAreTheDaysAbsent() {
            assertThat(keys(forfeiture("100", 2), absent(3))).containsExactly("punishment.forfeiture.daysNotAbsence");
        }

        @Test
        void thereMustBeAnAbsence() {
            assertThat(keys(forfeiture("100", 0), absent(0))).containsExactly("punishment.forfeiture.noAbsence");
        }

        @Test
        void missingFieldsAreNamed() {
            assertThat(keys(forfeiture("100", 1), absent(null))).containsExactly("punishment.missing.daysAbsent");
            assertThat(keys(forfeiture("100", null), absent(1))).containsExactly("punishment.missing.days");
            assertThat(keys(forfeiture(null, 1), absent(1))).containsExactly("punishment.missing.amount");
        }
    }

    @Nested
    class Deferment {

        @ParameterizedTest
        @ValueSource(ints = {3, 6, 9, 12})
        void theAllowedPeriodsAreAllowed(int months) {
            assertThat(keys(deferment(months), context())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 1, 4, 24, -3})
        void otherPeriodsAreRefusedWithTheAllowedOnes(int months) {
            List<PunishmentViolation> violations = PunishmentRules.check(List.of(deferment(months)), context(), TYPES);
            assertThat(violations).extracting(PunishmentViolation::messageKey)
                    .containsExactly("punishment.deferment.monthsNotAllowed");
            assertThat(violations.get(0).arguments()).endsWith(months, "3, 6, 9, 12");
        }

        @Test
        void thePeriodIsRequired() {
            assertThat(keys(deferment(null), context())).containsExactly("punishment.missing.months");
        }
    }

    @Nested
    class SalaryReduction {

        @ParameterizedTest
        @CsvSource({"1, 12", "2, 24", "3, 36"})
        void oneToThreeMovementsAreAllowed(int movements, int months) {
            assertThat(keys(salaryReduction(movements, months), context())).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(ints = {0, 4, -1})
        void otherMovementsAreRefused(int movements) {
            assertThat(keys(salaryReduction(movements, 12), context()))
                    .containsExactly("punishment.salaryReduction.movementsOutOfRange");
        }

        @Test
        void itIsRefusedAtTheMinimumPoint() {
            PunishmentContext atMinimum = new PunishmentContext(false, MONTHLY, BigDecimal.ZERO, "N19", true, null);
            assertThat(keys(salaryReduction(1, 12), atMinimum))
                    .containsExactly("punishment.salaryReduction.atMinimum");
        }

        @Test
        void movementsAndMonthsAreRequired() {
            assertThat(keys(salaryReduction(null, 12), context())).containsExactly("punishment.missing.movements");
            assertThat(keys(salaryReduction(1, null), context())).containsExactly("punishment.missing.months");
            assertThat(keys(salaryReduction(1, 0), context()))
                    .containsExactly("punishment.salaryReduction.monthsNotPositive");
        }
    }

    @Nested
    class RankReduction {

        @ParameterizedTest
        @CsvSource({"N10, N9", "F9, F8", "KP5, KP4", "n2, N1", "DG14, dg13"})
        void anSspaGradeGoesDownExactlyOneGrade(String current, String lower) {
            assertThat(keys(rank(lower), grade(current))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"N10, N8", "F9, F1"})
        void anSspaGradeMayNotGoDownMoreThanOneGrade(String current, String lower) {
            assertThat(keys(rank(lower), grade(current))).containsExactly("punishment.rank.notGradesLower");
        }

        @ParameterizedTest
        @CsvSource({"N19, N17", "N41, N38", "KP29, KP27", "DG48, DG44", "N17, N11"})
        void anSsmGradeGoesDownToAnyLowerNumberOfTheScheme(String current, String lower) {
            assertThat(keys(rank(lower), grade(current))).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"N19, N19", "N10, N11", "N41, N44"})
        void theNewGradeMustBeLower(String current, String other) {
            assertThat(keys(rank(other), grade(current))).containsExactly("punishment.rank.notLower");
        }

        @ParameterizedTest
        @CsvSource({"N10, F9", "KP29, N27", "FA29, F27"})
        void theSchemeStaysTheSame(String current, String other) {
            assertThat(keys(rank(other), grade(current))).containsExactly("punishment.rank.otherScheme");
        }

        @ParameterizedTest
        @CsvSource({"JUSA C, N14", "N10, Gred 9", "N10, N0"})
        void gradesWithoutASchemeAndNumberAreRefused(String current, String other) {
            assertThat(keys(rank(other), grade(current))).containsExactly("punishment.rank.gradeNotNumbered");
        }

        @Test
        void bothGradesAreRequired() {
            assertThat(keys(rank(null), grade("N10"))).containsExactly("punishment.missing.newGrade");
            assertThat(keys(rank(" "), grade("N10"))).containsExactly("punishment.missing.newGrade");
            assertThat(keys(rank("N9"), grade(null))).containsExactly("punishment.missing.currentGrade");
        }

        @Test
        void theNumberOfGradesIsTheTypesData() {
            Map<PunishmentKind, PunishmentType> types = new EnumMap<>(TYPES);
            types.put(PunishmentKind.REDUCTION_IN_RANK, new PunishmentType(PunishmentKind.REDUCTION_IN_RANK, FROM,
                    AT, "test").describe("38(f)", "turun pangkat", "reduction in rank", true,
                            new PunishmentParameters(null, null, null, List.of(), null, 2)));
            assertThat(PunishmentRules.check(List.of(rank("N8")), grade("N10"), types)).isEmpty();
            assertThat(PunishmentRules.check(List.of(rank("N9")), grade("N10"), types))
                    .extracting(PunishmentViolation::messageKey).containsExactly("punishment.rank.notGradesLower");
        }
    }
}
