package my.etika.declaration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class PermittedWindowsTest {

    private final PermittedWindows jkdm = PermittedWindows.parse("MON-THU 13:00-14:00 17:30-07:30;FRI 12:15-14:45");

    @Test
    void lunchAndEveningWindowsOfTheDaysTheyName() {
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-07T13:30"))).as("Monday lunch").isTrue();
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-07T14:00"))).as("end is exclusive").isFalse();
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-07T10:00"))).as("Monday morning").isFalse();
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-11T13:30"))).as("Friday's own window").isTrue();
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-11T14:50"))).as("after Friday's window").isFalse();
    }

    @Test
    void anOvernightWindowBelongsToTheDayItStartsOn() {
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-07T22:00"))).as("Monday night").isTrue();
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-08T06:00"))).as("Tuesday before 07:30").isTrue();
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-11T06:00"))).as("Friday early, from Thursday")
                .isTrue();
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-07T06:00"))).as("Monday early: Sunday has none")
                .isFalse();
        assertThat(jkdm.permits(LocalDateTime.parse("2026-12-08T08:00"))).as("Tuesday office hours").isFalse();
    }
}
