package my.etika.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import my.etika.declaration.control.AudienceSnapshot;
import my.etika.declaration.control.DeclarationJournal;
import my.etika.declaration.entity.Audience;
import my.etika.declaration.entity.CampaignStatus;
import my.etika.declaration.entity.Declaration;
import my.etika.declaration.entity.DeclarationCampaign;
import my.etika.declaration.entity.PolicyVersion;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;
import my.etika.platform.entity.UtcInstantConverter;

/**
 * HR's declaration campaigns: prepared as drafts, launched (the audience fixed then, one declaration per
 * officer), followed on the dashboard, closed.
 */
@Stateless
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class CampaignDesk {

    private static final int PAGE = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    DeclarationJournal journal;

    public List<CampaignView> campaigns() {
        return em.createQuery("select c from DeclarationCampaign c order by c.id desc", DeclarationCampaign.class)
                .getResultStream().map(CampaignDesk::view).toList();
    }

    public CampaignView campaign(long id) {
        return view(find(id));
    }

    public CampaignView create(CampaignDraft draft) {
        validate(draft);
        PolicyVersion version = em.find(PolicyVersion.class, draft.policyVersionId());
        if (version == null || !version.isPublished()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "campaign.versionNotPublished",
                    draft.policyVersionId());
        }
        DeclarationCampaign campaign = new DeclarationCampaign(draft.name().strip(), version,
                new Audience(draft.orgUnit(), draft.grade(), draft.serviceGroup()), draft.opensOn(), draft.dueOn(),
                draft.reminderDays(), draft.escalationDays(), clock.instant(), caller());
        em.persist(campaign);
        em.flush();
        journal.campaignCreated(campaign);
        return view(campaign);
    }

    /** Opens the campaign: every officer in its audience now gets a declaration to sign. */
    public CampaignView launch(long id, long expectedVersion) {
        DeclarationCampaign campaign = find(id);
        if (campaign.getVersion() != expectedVersion) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "campaign.changedMeanwhile",
                    campaign.getName());
        }
        if (campaign.getStatus() != CampaignStatus.DRAFT) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "campaign.notDraft", campaign.getName());
        }
        em.lock(campaign, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Instant now = clock.instant();
        campaign.launch(now, caller());
        em.flush();
        int audience = new AudienceSnapshot(em).add(campaign, Declaration.Added.LAUNCH.name(), now);
        if (audience == 0) {
            throw new BusinessException(BusinessException.Kind.INVALID, "campaign.emptyAudience", campaign.getName());
        }
        journal.campaignMoved(campaign, DeclarationJournal.LAUNCH, CampaignStatus.DRAFT.name(),
                Map.of("audience", audience));
        return view(campaign);
    }

    public CampaignView close(long id) {
        DeclarationCampaign campaign = find(id);
        if (campaign.getStatus() != CampaignStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "campaign.notOpen", campaign.getName());
        }
        campaign.close(clock.instant());
        journal.campaignMoved(campaign, DeclarationJournal.CLOSE, CampaignStatus.OPEN.name(), Map.of());
        return view(campaign);
    }

    /** Joiners added, leavers excluded, now (the reminder job does it for every open campaign too). */
    public AudienceSnapshot.Changes refreshAudience(long id) {
        DeclarationCampaign campaign = find(id);
        if (campaign.getStatus() != CampaignStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "campaign.notOpen", campaign.getName());
        }
        AudienceSnapshot.Changes changes = new AudienceSnapshot(em).refresh(campaign, clock.instant());
        journal.audienceRefreshed(campaign, changes.added(), changes.excluded(), changes.readmitted());
        return changes;
    }

    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public CampaignProgress progress(long id) {
        DeclarationCampaign campaign = find(id);
        List<?> rows = em.createNativeQuery("SELECT o.org_unit, d.status, COUNT(*),"
                + " SUM(CASE WHEN d.escalated_at IS NULL THEN 0 ELSE 1 END) FROM declaration d"
                + " JOIN officer o ON o.id = d.officer_id WHERE d.campaign_id = ?1 GROUP BY o.org_unit, d.status"
                + " ORDER BY o.org_unit").setParameter(1, id).getResultList();
        Map<String, long[]> byUnit = new LinkedHashMap<>();
        long[] total = new long[4];
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            String unit = r[0] == null ? "" : (String) r[0];
            long count = ((Number) r[2]).longValue();
            long escalated = r[3] == null ? 0 : ((Number) r[3]).longValue();
            int slot = switch ((String) r[1]) {
                case "SIGNED" -> 0;
                case "PENDING" -> 1;
                default -> 2;
            };
            long[] unitCounts = byUnit.computeIfAbsent(unit, u -> new long[4]);
            unitCounts[slot] += count;
            unitCounts[3] += escalated;
            total[slot] += count;
            total[3] += escalated;
        }
        List<CampaignProgress.UnitCounts> units = new ArrayList<>();
        byUnit.forEach((unit, c) -> units.add(new CampaignProgress.UnitCounts(unit, counts(c))));
        return new CampaignProgress(id, campaign.getName(), campaign.getStatus().name(), counts(total), units);
    }

    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public List<DeclarationLine> declarations(long id, String status, String orgUnit, long afterId, int max) {
        StringBuilder sql = new StringBuilder("SELECT d.id, o.login, o.full_name, o.employee_number, o.grade,"
                + " o.org_unit, d.status, c.due_on, d.signed_at, d.reminders_sent, d.escalated_at, o.id,"
                + " (SELECT MIN(s.full_name) FROM officer s WHERE s.dn_normalized = o.supervisor_dn_normalized"
                + " AND s.deactivated_at IS NULL)"
                + " FROM declaration d JOIN officer o ON o.id = d.officer_id"
                + " JOIN declaration_campaign c ON c.id = d.campaign_id WHERE d.campaign_id = ?1 AND d.id > ?2");
        List<Object> parameters = new ArrayList<>(List.of(id, afterId));
        if (status != null) {
            parameters.add(status);
            sql.append(" AND d.status = ?").append(parameters.size());
        }
        if (orgUnit != null) {
            parameters.add(orgUnit);
            sql.append(" AND COALESCE(o.org_unit, '') = ?").append(parameters.size());
        }
        sql.append(" ORDER BY d.id");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        List<?> rows = query.setMaxResults(Math.min(max, PAGE)).getResultList();
        return rows.stream().map(Object[].class::cast).map(CampaignDesk::row).toList();
    }

    private static DeclarationLine row(Object[] r) {
        java.time.LocalDate due = r[7] instanceof java.sql.Date date ? date.toLocalDate() : (java.time.LocalDate) r[7];
        return new DeclarationLine(((Number) r[0]).longValue(), ((Number) r[11]).longValue(), (String) r[1],
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[12], (String) r[6], due,
                UtcInstantConverter.fromDatabase(r[8]), ((Number) r[9]).intValue(), r[10] != null);
    }

    private static CampaignProgress.Counts counts(long[] c) {
        return new CampaignProgress.Counts(c[0] + c[1] + c[2], c[0], c[1], c[2], c[3]);
    }

    private static void validate(CampaignDraft draft) {
        if (draft.name() == null || draft.name().isBlank()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "campaign.nameRequired");
        }
        if (draft.opensOn() == null || draft.dueOn() == null || draft.dueOn().isBefore(draft.opensOn())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "campaign.datesInvalid");
        }
        if (draft.reminderDays().stream().anyMatch(d -> d == null || d < 0 || d > 365) || draft.escalationDays() < 0
                || draft.escalationDays() > 365) {
            throw new BusinessException(BusinessException.Kind.INVALID, "campaign.offsetsInvalid");
        }
    }

    private DeclarationCampaign find(long id) {
        DeclarationCampaign campaign = em.find(DeclarationCampaign.class, id);
        if (campaign == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "campaign.notFound", id);
        }
        return campaign;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    static CampaignView view(DeclarationCampaign c) {
        PolicyVersion v = c.getPolicyVersion();
        Audience a = c.audience();
        return new CampaignView(c.getId(), c.getName(), v.getId(), v.getPolicy().getTitleMs(),
                v.getPolicy().getTitleEn(), v.getNumber(), a.orgUnit(), a.grade(), a.serviceGroup(), c.getOpensOn(),
                c.getDueOn(), c.reminderDays(), c.getEscalationDays(), c.getStatus().name(), c.getLaunchedAt(),
                c.getVersion());
    }
}
