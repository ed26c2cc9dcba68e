package my.etika.declaration.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign as HR sees it in lists. */
public record CampaignView(long id, String name, long policyVersionId, String policyTitleMs, String policyTitleEn,
        int policyVersion, String orgUnit, String grade, String serviceGroup, LocalDate opensOn, LocalDate dueOn,
        List<Integer> reminderDays, int escalationDays, String status, Instant launchedAt, long version) {
}
