package my.etika.declaration.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as HR prepares it.
 *
 * @param reminderDays   days before the due date a reminder goes out (e.g. 14, 7, 1)
 * @param escalationDays days after the due date the supervisor of an officer who has not signed is told
 */
public record CampaignDraft(String name, long policyVersionId, String orgUnit, String grade, String serviceGroup,
        LocalDate opensOn, LocalDate dueOn, List<Integer> reminderDays, int escalationDays) {

    public CampaignDraft {
        reminderDays = reminderDays == null ? List.of(14, 7, 1) : List.copyOf(reminderDays);
    }
}
