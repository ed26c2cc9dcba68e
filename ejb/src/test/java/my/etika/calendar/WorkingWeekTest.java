package my.etika.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingWeekTest {

    @Test
    void kedahKelantanAndTerengganuRestOnFridayAndSaturday() {
        for (String state : new String[] {"MY-02", "MY-03", "MY-11"}) {
            assertThat(WorkingWeek.weekend(state, LocalDate.of(2026, 11, 23)))
                    .containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        }
        assertThat(WorkingWeek.isWorkingDay("MY-02", LocalDate.of(2026, 11, 22))).as("a Sunday in Kedah").isTrue();
        assertThat(WorkingWeek.isWorkingDay("MY-10", LocalDate.of(2026, 11, 22))).as("a Sunday in Selangor").isFalse();
    }

    @Test
    void johorChangedItsWeekendOnTheFirstOfJanuary2025() {
        assertThat(WorkingWeek.weekend("MY-01", LocalDate.of(2024, 12, 31)))
                .containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(WorkingWeek.weekend("MY-01", LocalDate.of(2025, 1, 1)))
                .containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(WorkingWeek.weekend("MY-01", LocalDate.of(2013, 12, 31)))
                .containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    }

    @Test
    void workingDaysAreCountedPastTheStatesWeekend() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertThat(WorkingWeek.afterWorkingDays("MY-14", thursday, 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingWeek.afterWorkingDays("MY-03", thursday, 2)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingWeek.afterWorkingDays("MY-03", thursday, 1)).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(WorkingWeek.afterWorkingDays(null, thursday, 0)).isEqualTo(thursday);
    }
}
