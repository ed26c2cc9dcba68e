package my.etika.discipline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import my.etika.discipline.control.ImposedPunishment;
import my.etika.discipline.control.PunishmentContext;
import my.etika.discipline.control.PunishmentRules;
import my.etika.discipline.control.PunishmentViolation;
import my.etika.discipline.entity.AuthorityKind;
import my.etika.discipline.entity.PunishmentKind;
import my.etika.discipline.entity.PunishmentParameters;
import my.etika.discipline.entity.PunishmentType;
import my.etika.discipline.entity.ServiceGroupServed;
import my.etika.platform.web.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every refusal of the disciplinary reference data and of the punishment rules reads in Malay and English. */
class DisciplineMessagesTest {

    private static final Path DISCIPLINE_SOURCES = Path.of("../ejb/src/main/java/my/etika/discipline");
    private static final Pattern LITERAL_KEY = Pattern.compile("\"((?:punishment|reference)\\.[A-Za-z.]*[A-Za-z])\"");
    private static final List<String> COMPOSED = List.of("punishment.missing.amount", "punishment.missing.days",
            "punishment.missing.months", "punishment.missing.movements", "punishment.missing.newGrade",
            "punishment.missing.monthlyEmoluments", "punishment.missing.finesAlreadyThisMonth",
            "punishment.missing.daysAbsent", "punishment.missing.currentGrade",
            "punishment.parameterMissing.fineMaxDays", "punishment.parameterMissing.monthlyFinesCapPercent",
            "punishment.parameterMissing.emolumentDaysDivisor",
            "punishment.parameterMissing.defermentMonthsAllowed",
            "punishment.parameterMissing.salaryReductionMaxMovements",
            "punishment.parameterMissing.rankReductionGrades", "reference.revised", "reference.retired");

    @ParameterizedTest
    @ValueSource(strings = {"ms", "en"})
    void everyKeyTheDisciplineCodeUsesIsTranslated(String language) throws IOException {
        Set<String> keys = new TreeSet<>(COMPOSED);
        try (Stream<Path> sources = Files.walk(DISCIPLINE_SOURCES)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        Stream.of(PunishmentKind.values()).forEach(k -> keys.add("punishmentKind." + k));
        Stream.of(AuthorityKind.values()).forEach(k -> keys.add("authorityKind." + k));
        Stream.of(ServiceGroupServed.values()).forEach(g -> keys.add("serviceGroup." + g));
        assertThat(keys).hasSizeGreaterThan(60);
        Locale locale = Locale.forLanguageTag(language);
        assertThat(keys).allSatisfy(key -> assertThat(Messages.text(locale, key)).as(key).isNotEqualTo(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ms", "en"})
    void everyViolationReadsWithItsArguments(String language) {
        Map<PunishmentKind, PunishmentType> types = types();
        PunishmentContext context = new PunishmentContext(false, new BigDecimal("3000"), new BigDecimal("1000"),
                "N10", true, 2);
        List<PunishmentViolation> violations = new ArrayList<>();
        violations.addAll(PunishmentRules.check(List.of(
                new ImposedPunishment(PunishmentKind.FINE, new BigDecimal("1234.5"), null, null, null, null),
                new ImposedPunishment(PunishmentKind.FORFEITURE_OF_EMOLUMENTS, new BigDecimal("900"), 3, null, null,
                        null),
                new ImposedPunishment(PunishmentKind.DEFERMENT_OF_SALARY_MOVEMENT, null, null, 5, null, null),
                new ImposedPunishment(PunishmentKind.REDUCTION_OF_SALARY, null, null, 0, 9, null),
                new ImposedPunishment(PunishmentKind.REDUCTION_IN_RANK, null, null, null, null, "N8"),
                ImposedPunishment.of(PunishmentKind.DISMISSAL), ImposedPunishment.of(PunishmentKind.DISMISSAL)),
                new PunishmentContext(true, context.monthlyEmoluments(), context.finesAlreadyThisMonth(), "N10", true,
                        2), types));
        violations.addAll(PunishmentRules.check(List.of(), context, types));
        assertThat(violations).extracting(PunishmentViolation::messageKey).contains("punishment.fine.aboveDays",
                "punishment.fine.aboveMonthlyCap", "punishment.forfeiture.daysNotAbsence",
                "punishment.deferment.monthsNotAllowed", "punishment.salaryReduction.atMinimum",
                "punishment.salaryReduction.movementsOutOfRange", "punishment.rank.notGradesLower",
                "punishment.severeOnLesserTrack", "punishment.dismissalNotAlone", "punishment.duplicate",
                "punishment.noneImposed");
        Locale locale = Locale.forLanguageTag(language);
        assertThat(violations).allSatisfy(v -> {
            String text = Messages.text(locale, v.messageKey(), v.arguments().toArray());
            assertThat(text).as(v.messageKey()).doesNotContain("{", "}", "''").isNotEqualTo(v.messageKey());
        });
        PunishmentViolation fine = violations.stream()
                .filter(v -> v.messageKey().equals("punishment.fine.aboveDays")).findFirst().orElseThrow();
        assertThat(Messages.text(locale, fine.messageKey(), fine.arguments().toArray()))
                .contains("RM 1,234.50", "RM 700.00", "38(b)");
    }

    @Test
    void theMalayNamesThePunishmentAndTheEnglishTooInItsOwnLanguage() {
        PunishmentViolation duplicate = PunishmentRules.check(List.of(ImposedPunishment.of(PunishmentKind.WARNING),
                ImposedPunishment.of(PunishmentKind.WARNING)), new PunishmentContext(false, null, null, null, false,
                        null), types()).get(0);
        assertThat(Messages.text(Messages.MALAY, duplicate.messageKey(), duplicate.arguments().toArray()))
                .contains("amaran").doesNotContain("warning");
        assertThat(Messages.text(Messages.ENGLISH, duplicate.messageKey(), duplicate.arguments().toArray()))
                .contains("warning").doesNotContain("amaran");
    }

    private static Map<PunishmentKind, PunishmentType> types() {
        Map<PunishmentKind, PunishmentType> types = new EnumMap<>(PunishmentKind.class);
        Instant at = Instant.parse("2026-12-03T00:00:00Z");
        LocalDate from = LocalDate.of(1993, 12, 15);
        String[][] names = {{"38(a)", "amaran", "warning"}, {"38(b)", "denda", "fine"},
            {"38(c)", "lucut hak emolumen", "forfeiture of emoluments"},
            {"38(d)", "tangguh pergerakan gaji", "deferment of salary movement"},
            {"38(e)", "turun gaji", "reduction of salary"}, {"38(f)", "turun pangkat", "reduction in rank"},
            {"38(g)", "buang kerja", "dismissal"}};
        PunishmentKind[] kinds = PunishmentKind.values();
        for (int i = 0; i < kinds.length; i++) {
            boolean severe = kinds[i] == PunishmentKind.REDUCTION_IN_RANK || kinds[i] == PunishmentKind.DISMISSAL;
            types.put(kinds[i], new PunishmentType(kinds[i], from, at, "test").describe(names[i][0], names[i][1],
                    names[i][2], severe, new PunishmentParameters(7, 45, 30, List.of(3, 6, 9, 12), 3, 1)));
        }
        return types;
    }
}
