package my.etika.discipline.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A new case as the integrity unit records it.
 *
 * @param officerId    the officer (registry id)
 * @param source       COMPLAINT, MONITORING, POLICE_REFERRAL or MACC_REFERRAL
 * @param platform     e.g. facebook, x, tiktok, whatsapp
 * @param url          where the statement was (or is archived)
 * @param actType      POST, SHARE, COMMENT, MESSAGE or OTHER
 * @param occurredAt   when the officer did it (flagged when inside office hours)
 * @param summary      what happened, in the investigator's words
 * @param provisionIds the provisions alleged (reference-data rows in force)
 * @param categoryCode the misconduct category of the agency's rules
 */
public record IntakeForm(Long officerId, String source, String platform, String url, String actType,
        Instant occurredAt, String summary, List<Long> provisionIds, String categoryCode) {
}
