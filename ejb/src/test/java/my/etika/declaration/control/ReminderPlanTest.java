package my.etika.declaration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 12, 1);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);
    private final ReminderPlan plan = new ReminderPlan(OPENS, DUE, List.of(14, 7, 1), 3);

    @Test
    void theLatestOffsetReachedIsTheOneSent() {
        assertThat(plan.reminderOn(DUE.minusDays(15))).isEmpty();
        assertThat(plan.reminderOn(DUE.minusDays(14))).isEqualTo(OptionalInt.of(14));
        assertThat(plan.reminderOn(DUE.minusDays(10))).isEqualTo(OptionalInt.of(14));
        assertThat(plan.reminderOn(DUE.minusDays(7))).isEqualTo(OptionalInt.of(7));
        assertThat(plan.reminderOn(DUE.minusDays(1))).isEqualTo(OptionalInt.of(1));
        assertThat(plan.reminderOn(DUE)).isEqualTo(OptionalInt.of(1));
        assertThat(plan.reminderOn(DUE.plusDays(1))).isEmpty();
    }

    @Test
    void nothingIsSentBeforeTheCampaignOpens() {
        ReminderPlan late = new ReminderPlan(DUE.minusDays(3), DUE, List.of(14, 7, 1), 3);
        assertThat(late.reminderOn(DUE.minusDays(5))).isEmpty();
        assertThat(late.reminderOn(DUE.minusDays(3))).isEqualTo(OptionalInt.of(7));
    }

    @Test
    void escalationStartsTheGivenWorkingDaysOfTheOfficersStateAfterTheDueDate() {
        // due Thursday 31 December 2026: three working days later is Tuesday 5 January in Selangor
        assertThat(plan.escalationDue(DUE, "MY-10")).isFalse();
        assertThat(plan.escalationDue(LocalDate.of(2027, 1, 4), "MY-10")).isFalse();
        assertThat(plan.escalationDue(LocalDate.of(2027, 1, 5), "MY-10")).isTrue();
        // one working day later: Friday 1 January in Selangor, Sunday 3 January in Kedah (Friday-Saturday weekend)
        ReminderPlan nextDay = new ReminderPlan(OPENS, DUE, List.of(7), 1);
        assertThat(nextDay.escalationDue(LocalDate.of(2027, 1, 1), "MY-10")).isTrue();
        assertThat(nextDay.escalationDue(LocalDate.of(2027, 1, 2), "MY-02")).isFalse();
        assertThat(nextDay.escalationDue(LocalDate.of(2027, 1, 3), "MY-02")).isTrue();
        assertThat(new ReminderPlan(OPENS, DUE, List.of(), 0).escalationDue(DUE.plusDays(1), null)).isTrue();
        assertThat(plan.daysLeft(DUE.minusDays(7))).isEqualTo(7);
        assertThat(plan.daysLeft(DUE.plusDays(7))).isZero();
    }
}
