package my.etika.declaration.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import my.etika.declaration.entity.Audience;
import my.etika.declaration.entity.DeclarationCampaign;

/**
 * A campaign's audience in the database, set-based (a campaign for a million officers is a few statements, not a
 * million entities): the snapshot at launch, then, while the campaign is open, officers who joined the audience
 * added, those who left it excluded with the reason, those who came back readmitted. Signed declarations stay
 * signed whatever happens to the officer afterwards.
 */
public final class AudienceSnapshot {

    /** Why an officer left a campaign's audience. */
    public static final String LEFT_DIRECTORY = "LEFT_DIRECTORY";
    public static final String NOT_ACTIVE = "NOT_ACTIVE";
    public static final String LEFT_AUDIENCE = "LEFT_AUDIENCE";

    private final EntityManager em;

    public AudienceSnapshot(EntityManager em) {
        this.em = em;
    }

    /** What changed in the audience. */
    public record Changes(int added, int excluded, int readmitted) {
    }

    /** Declarations for every officer in the audience who has none in this campaign yet. */
    public int add(DeclarationCampaign campaign, String because, Instant now) {
        List<Object> parameters = new ArrayList<>(List.of(campaign.getId(), utc(now), because));
        String sql = "INSERT INTO declaration (campaign_id, officer_id, status, added_at, added_because,"
                + " reminders_sent, version) SELECT ?1, o.id, 'PENDING', ?2, ?3, 0, 0 FROM officer o WHERE "
                + matches(campaign.audience(), parameters)
                + " AND NOT EXISTS (SELECT 1 FROM declaration d WHERE d.campaign_id = ?1 AND d.officer_id = o.id)";
        return execute(sql, parameters);
    }

    /** Launch or a later pass: joiners added, leavers excluded, returners readmitted. */
    public Changes refresh(DeclarationCampaign campaign, Instant now) {
        int excluded = exclude(campaign, LEFT_DIRECTORY, "o.deactivated_at IS NOT NULL", now)
                + exclude(campaign, NOT_ACTIVE, "o.status <> 'ACTIVE'", now);
        List<Object> parameters = new ArrayList<>(List.of(campaign.getId(), utc(now), LEFT_AUDIENCE));
        String notMatching = "NOT (" + matches(campaign.audience(), parameters) + ")";
        excluded += execute(excludeSql(notMatching), parameters);
        List<Object> again = new ArrayList<>(List.of(campaign.getId()));
        int readmitted = execute("UPDATE declaration SET status = 'PENDING', excluded_at = NULL,"
                + " excluded_because = NULL, version = version + 1 WHERE campaign_id = ?1 AND status = 'EXCLUDED'"
                + " AND officer_id IN (SELECT o.id FROM officer o WHERE " + matches(campaign.audience(), again)
                + ")", again);
        int added = add(campaign, "JOINED", now);
        return new Changes(added, excluded, readmitted);
    }

    private int exclude(DeclarationCampaign campaign, String because, String condition, Instant now) {
        return execute(excludeSql(condition), new ArrayList<>(List.of(campaign.getId(), utc(now), because)));
    }

    /** Only pending declarations: a signature already given stands. */
    private static String excludeSql(String officerCondition) {
        return "UPDATE declaration SET status = 'EXCLUDED', excluded_at = ?2, excluded_because = ?3,"
                + " version = version + 1 WHERE campaign_id = ?1 AND status = 'PENDING'"
                + " AND officer_id IN (SELECT o.id FROM officer o WHERE " + officerCondition + ")";
    }

    /** Active officers matching the audience's criteria; criteria values become numbered parameters. */
    static String matches(Audience audience, List<Object> parameters) {
        StringBuilder where = new StringBuilder("o.deactivated_at IS NULL AND o.status = 'ACTIVE'");
        criterion(where, "o.org_unit", audience.orgUnit(), parameters);
        criterion(where, "o.grade", audience.grade(), parameters);
        criterion(where, "o.service_group", audience.serviceGroup(), parameters);
        return where.toString();
    }

    private static void criterion(StringBuilder where, String column, String value, List<Object> parameters) {
        if (value != null) {
            parameters.add(value);
            where.append(" AND COALESCE(").append(column).append(", '') = ?").append(parameters.size());
        }
    }

    private int execute(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query.executeUpdate();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
