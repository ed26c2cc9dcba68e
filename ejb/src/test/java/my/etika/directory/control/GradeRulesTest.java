package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"N19", "KP29", "F41", "DG48", "N1", "M54", "FA29", "W56"})
    void acceptsSsmGrades(String grade) {
        assertThat(GradeRules.problem(grade, "SSM")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"N1", "F9", "KP5", "DG14", "W15", "FA8"})
    void acceptsSspaGrades(String grade) {
        assertThat(GradeRules.problem(grade, "SSPA")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"JUSA A", "JUSA B", "JUSA C", "jusa c", "TURUS I", "TURUS II", "Turus III"})
    void acceptsTopManagementGradesInBothSystems(String grade) {
        assertThat(GradeRules.problem(grade, "SSM")).isEmpty();
        assertThat(GradeRules.problem(grade, "SSPA")).isEmpty();
        assertThat(GradeRules.problem(grade, null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"N19", "N1", "DG56", "JUSA C"})
    void acceptsAGradeWithoutASystemWithinTheWidestRange(String grade) {
        assertThat(GradeRules.problem(grade, null)).isEmpty();
        assertThat(GradeRules.problem(grade, " ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"19", "N", "n19", "ABCD19", "N0", "N019", "N 19", "N19A", "JUSA D", "JUSA  C", "JUSAC",
        "TURUS IV", "Gred N19", "N-19"})
    void rejectsAnUnknownFormat(String grade) {
        assertThat(GradeRules.problem(grade, "SSM")).contains("sync.error.unknownGrade");
    }

    @ParameterizedTest
    @ValueSource(strings = {"N57", "KP99"})
    void rejectsANumberBeyondEverySystemWhenNoSystemIsStated(String grade) {
        assertThat(GradeRules.problem(grade, null)).contains("sync.error.unknownGrade");
    }

    @ParameterizedTest
    @CsvSource({"N41, SSPA", "KP16, SSPA", "DG48, SSPA", "N57, SSM", "F60, SSM"})
    void rejectsANumberOutsideTheStatedSystem(String grade, String system) {
        assertThat(GradeRules.problem(grade, system)).contains("sync.error.gradeOutsideSystem");
    }

    @ParameterizedTest
    @CsvSource({"N15, SSPA", "N16, SSM", "N15, sspa", "N56, ssm"})
    void checksTheSystemsUpperBoundsIgnoringTheSystemsCase(String grade, String system) {
        assertThat(GradeRules.problem(grade, system)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SSB", "SSPA2", "2024", "JUSA"})
    void rejectsAnUnknownGradeSystem(String system) {
        assertThat(GradeRules.problem("N19", system)).contains("sync.error.unknownGradeSystem");
        assertThat(GradeRules.problem(null, system)).contains("sync.error.unknownGradeSystem");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void acceptsAnEmptyGrade(String grade) {
        assertThat(GradeRules.problem(grade, "SSPA")).isEmpty();
        assertThat(GradeRules.problem(null, null)).isEmpty();
    }
}
