package my.etika.declaration.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import my.etika.declaration.entity.Declaration;
import my.etika.declaration.entity.DeclarationCampaign;
import my.etika.declaration.entity.DeclarationStatus;
import my.etika.mail.boundary.Outbox;
import my.etika.officer.boundary.OfficerContact;
import my.etika.officer.boundary.OfficerContacts;

/**
 * One page of a campaign's pending declarations reminded or escalated, in a transaction of its own (a campaign
 * for a million officers never holds one transaction for all of them). Idempotent: each mail has a reference
 * (declaration, policy version, offset) that the outbox takes once.
 */
@Stateless
@PermitAll // internal: the reminder job, which has no caller
public class ReminderPages {

    @PersistenceContext
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    OfficerContacts officers;

    @Inject
    DeclarationMail mail;

    /** What a page did. */
    public record Result(long lastId, int size, int reminded, int escalated, int withoutSupervisor) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Result run(long campaignId, long afterId, int max, LocalDate today, Instant now) {
        DeclarationCampaign campaign = em.find(DeclarationCampaign.class, campaignId);
        ReminderPlan plan = new ReminderPlan(campaign.getOpensOn(), campaign.getDueOn(), campaign.reminderDays(),
                campaign.getEscalationDays());
        List<Declaration> page = em.createQuery("select d from Declaration d where d.campaign = :c and d.status ="
                + " :pending and d.id > :after order by d.id", Declaration.class).setParameter("c", campaign)
                .setParameter("pending", DeclarationStatus.PENDING).setParameter("after", afterId)
                .setMaxResults(max).getResultList();
        int reminded = 0;
        int escalated = 0;
        int withoutSupervisor = 0;
        long version = campaign.getPolicyVersion().getId();
        for (Declaration d : page) {
            OfficerContact officer = officers.byId(d.getOfficerId()).orElse(null);
            if (officer == null) {
                continue;
            }
            OptionalInt offset = plan.reminderOn(today);
            if (offset.isPresent() && officer.officialEmail() != null) {
                String reference = "declaration:" + d.getId() + ":v" + version + ":reminder:" + offset.getAsInt();
                DeclarationMail.Message m = mail.compose("reminder", facts(officer, campaign, plan, today, null));
                if (outbox.send(reference, "REMINDER", officer.officialEmail(), m.subject(), m.body())) {
                    d.reminded(now);
                    reminded++;
                }
            }
            if (plan.escalationDue(today, officer.dutyStationState()) && d.getEscalatedAt() == null) {
                OfficerContact supervisor = officers.supervisorOf(d.getOfficerId()).orElse(null);
                if (supervisor == null || supervisor.officialEmail() == null) {
                    withoutSupervisor++;
                } else {
                    String reference = "declaration:" + d.getId() + ":v" + version + ":escalation";
                    DeclarationMail.Message m = mail.compose("escalation",
                            facts(officer, campaign, plan, today, supervisor.fullName()));
                    outbox.send(reference, "ESCALATION", supervisor.officialEmail(), m.subject(), m.body());
                    d.escalated(now);
                    escalated++;
                }
            }
        }
        long last = page.isEmpty() ? afterId : page.get(page.size() - 1).getId();
        return new Result(last, page.size(), reminded, escalated, withoutSupervisor);
    }

    private static DeclarationMail.Facts facts(OfficerContact officer, DeclarationCampaign campaign,
            ReminderPlan plan, LocalDate today, String supervisor) {
        return new DeclarationMail.Facts(officer.fullName(), campaign.getName(), campaign.getDueOn(),
                plan.daysLeft(today), supervisor, 0, 0, 0);
    }
}
