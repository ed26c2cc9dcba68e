package my.etika.directory.control;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a grade against the two grade systems of the public service, both in force since 1 December 2024: SSM
 * (scheme letters + 1–56, e.g. {@code N19}, {@code KP29}, {@code DG48}) and SSPA (scheme letters + 1–15, e.g.
 * {@code N1}, {@code F9}, {@code DG14}). Top management grades ({@code JUSA A|B|C}, {@code TURUS I|II|III}) exist
 * in both.
 */
public final class GradeRules {

    public static final String UNKNOWN_GRADE = "sync.error.unknownGrade";
    public static final String GRADE_OUTSIDE_SYSTEM = "sync.error.gradeOutsideSystem";
    public static final String UNKNOWN_GRADE_SYSTEM = "sync.error.unknownGradeSystem";

    public static final String SSM = "SSM";
    public static final String SSPA = "SSPA";

    private static final int SSM_HIGHEST = 56;
    private static final int SSPA_HIGHEST = 15;

    private static final Pattern NUMBERED = Pattern.compile("[A-Z]{1,3}([1-9][0-9]?)");
    private static final Pattern TOP_MANAGEMENT = Pattern.compile("(JUSA [ABC]|TURUS (I|II|III))",
            Pattern.CASE_INSENSITIVE);

    private GradeRules() {
    }

    /**
     * The message key of what is wrong with this grade, or {@code empty()} when it is valid. Both values are
     * optional; a grade without a system is checked against the widest range (SSM's). The system is matched
     * ignoring case, as the directory's {@code caseIgnoreMatch} does.
     */
    public static Optional<String> problem(String grade, String gradeSystem) {
        String system = isBlank(gradeSystem) ? null : gradeSystem.trim().toUpperCase(Locale.ROOT);
        if (system != null && !system.equals(SSM) && !system.equals(SSPA)) {
            return Optional.of(UNKNOWN_GRADE_SYSTEM);
        }
        if (isBlank(grade) || TOP_MANAGEMENT.matcher(grade.trim()).matches()) {
            return Optional.empty();
        }
        Matcher numbered = NUMBERED.matcher(grade.trim());
        if (!numbered.matches()) {
            return Optional.of(UNKNOWN_GRADE);
        }
        int number = Integer.parseInt(numbered.group(1));
        if (system == null) {
            return number <= SSM_HIGHEST ? Optional.empty() : Optional.of(UNKNOWN_GRADE);
        }
        int highest = system.equals(SSPA) ? SSPA_HIGHEST : SSM_HIGHEST;
        return number <= highest ? Optional.empty() : Optional.of(GRADE_OUTSIDE_SYSTEM);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
