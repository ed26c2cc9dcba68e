package my.etika.discipline.entity;

import static my.etika.discipline.entity.IncidentStatus.APPEALED;
import static my.etika.discipline.entity.IncidentStatus.APPEAL_DECIDED;
import static my.etika.discipline.entity.IncidentStatus.APPEAL_WINDOW;
import static my.etika.discipline.entity.IncidentStatus.AWAITING_REPRESENTATION;
import static my.etika.discipline.entity.IncidentStatus.CHARGED;
import static my.etika.discipline.entity.IncidentStatus.CLOSED;
import static my.etika.discipline.entity.IncidentStatus.DECIDED;
import static my.etika.discipline.entity.IncidentStatus.DELIBERATION;
import static my.etika.discipline.entity.IncidentStatus.HOD_REPORTED;
import static my.etika.discipline.entity.IncidentStatus.NOTIFIED;
import static my.etika.discipline.entity.IncidentStatus.NO_CASE;
import static my.etika.discipline.entity.IncidentStatus.PRELIMINARY_INVESTIGATION;
import static my.etika.discipline.entity.IncidentStatus.RECEIVED;
import static my.etika.discipline.entity.IncidentStatus.TRACK_DETERMINED;
import static my.etika.discipline.entity.IncidentStatus.WITHDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of statuses: the legal steps are exactly these, and the entity refuses every other. */
class IncidentStatusTest {

    private static final Map<IncidentStatus, Set<IncidentStatus>> LEGAL = Map.ofEntries(
            Map.entry(RECEIVED, EnumSet.of(PRELIMINARY_INVESTIGATION, NO_CASE, WITHDRAWN)),
            Map.entry(PRELIMINARY_INVESTIGATION, EnumSet.of(HOD_REPORTED, NO_CASE, WITHDRAWN)),
            Map.entry(HOD_REPORTED, EnumSet.of(TRACK_DETERMINED, NO_CASE, WITHDRAWN)),
            Map.entry(TRACK_DETERMINED, EnumSet.of(CHARGED, NO_CASE, WITHDRAWN)),
            Map.entry(CHARGED, EnumSet.of(AWAITING_REPRESENTATION, WITHDRAWN)),
            Map.entry(AWAITING_REPRESENTATION, EnumSet.of(DELIBERATION, WITHDRAWN)),
            Map.entry(DELIBERATION, EnumSet.of(DECIDED, WITHDRAWN)),
            Map.entry(DECIDED, EnumSet.of(NOTIFIED, CLOSED)),
            Map.entry(NOTIFIED, EnumSet.of(APPEAL_WINDOW)),
            Map.entry(APPEAL_WINDOW, EnumSet.of(APPEALED, CLOSED)),
            Map.entry(APPEALED, EnumSet.of(APPEAL_DECIDED)),
            Map.entry(APPEAL_DECIDED, EnumSet.of(CLOSED, DELIBERATION)),
            Map.entry(CLOSED, EnumSet.noneOf(IncidentStatus.class)),
            Map.entry(NO_CASE, EnumSet.noneOf(IncidentStatus.class)),
            Map.entry(WITHDRAWN, EnumSet.noneOf(IncidentStatus.class)));

    @Test
    void theLegalStepsAreExactlyThese() {
        for (IncidentStatus from : IncidentStatus.values()) {
            assertThat(from.next()).as("after " + from).isEqualTo(LEGAL.get(from));
        }
    }

    @Test
    void theCaseRefusesEveryOtherStep() {
        int refused = 0;
        for (IncidentStatus from : IncidentStatus.values()) {
            for (IncidentStatus to : IncidentStatus.values()) {
                Incident incident = at(from);
                if (LEGAL.get(from).contains(to)) {
                    incident.moveTo(to, LocalDate.of(2026, 12, 3), "tester", Instant.EPOCH);
                    assertThat(incident.getStatus()).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> incident.moveTo(to, LocalDate.of(2026, 12, 3), "tester", Instant.EPOCH))
                            .as(from + " → " + to).isInstanceOf(IllegalStateException.class);
                    assertThat(incident.getStatus()).isEqualTo(from);
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(15 * 15 - 26);
    }

    @Test
    void decidedAndPendingMeanWhatHrIsTold() {
        assertThat(EnumSet.allOf(IncidentStatus.class).stream().filter(IncidentStatus::decided))
                .containsExactlyInAnyOrder(DECIDED, NOTIFIED, APPEAL_WINDOW, APPEALED, APPEAL_DECIDED, CLOSED);
        assertThat(EnumSet.allOf(IncidentStatus.class).stream().filter(IncidentStatus::proceedingsPending))
                .containsExactlyInAnyOrder(CHARGED, AWAITING_REPRESENTATION, DELIBERATION);
    }

    /** A case brought to {@code status} along the shortest legal path. */
    static Incident at(IncidentStatus status) {
        Incident incident = new Incident("TT-1", IncidentSource.COMPLAINT, null, "summary", "tester", Instant.EPOCH,
                LocalDate.of(2026, 1, 1));
        IncidentStatus[] path = switch (status) {
            case NO_CASE, WITHDRAWN -> new IncidentStatus[] {status};
            default -> java.util.Arrays.stream(IncidentStatus.values())
                    .filter(s -> s.ordinal() > 0 && s.ordinal() <= status.ordinal()).toArray(IncidentStatus[]::new);
        };
        for (IncidentStatus step : path) {
            if (step == APPEALED && status == CLOSED) {
                continue;
            }
            if (step == APPEAL_DECIDED && status == CLOSED) {
                continue;
            }
            incident.moveTo(step, LocalDate.of(2026, 1, 1), "tester", Instant.EPOCH);
        }
        return incident;
    }
}
