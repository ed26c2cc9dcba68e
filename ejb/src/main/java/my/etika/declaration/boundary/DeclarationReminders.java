package my.etika.declaration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import my.etika.declaration.control.AgencySettings;
import my.etika.declaration.control.AudienceRefresh;
import my.etika.declaration.control.DeclarationJournal;
import my.etika.declaration.control.DeclarationMail;
import my.etika.declaration.control.ReminderPages;
import my.etika.declaration.entity.CampaignStatus;
import my.etika.declaration.entity.DeclarationCampaign;
import my.etika.declaration.entity.DeclarationStatus;
import my.etika.mail.boundary.Outbox;

/**
 * The campaigns' daily work at a given instant (the scheduler passes the clock's; tests pass any): each open
 * campaign's audience brought up to date, reminders before the due date, escalation to supervisors after it, and
 * a digest to HR. Rerunning it at the same instant, or later the same day, sends nothing twice.
 */
@Stateless
@PermitAll // internal: the scheduler (no caller) and in-server tests
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeclarationReminders {

    private static final Logger LOG = Logger.getLogger(DeclarationReminders.class.getName());
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    AudienceRefresh audience;

    @Inject
    ReminderPages pages;

    @Inject
    Outbox outbox;

    @Inject
    DeclarationMail mail;

    @Inject
    AgencySettings agency;

    @Inject
    DeclarationJournal journal;

    /** What a run did, over all open campaigns. */
    public record Summary(int campaigns, int added, int excluded, int reminded, int escalated) {
    }

    public Summary runAt(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, MALAYSIA);
        List<Long> open = em.createQuery("select c.id from DeclarationCampaign c where c.status = :open", Long.class)
                .setParameter("open", CampaignStatus.OPEN).getResultList();
        int added = 0;
        int excluded = 0;
        int reminded = 0;
        int escalated = 0;
        for (long id : open) {
            var changes = audience.refresh(id, now);
            added += changes.added();
            excluded += changes.excluded();
            int campaignEscalated = 0;
            int withoutSupervisor = 0;
            long after = 0;
            ReminderPages.Result page;
            do {
                page = pages.run(id, after, PAGE, today, now);
                after = page.lastId();
                reminded += page.reminded();
                campaignEscalated += page.escalated();
                withoutSupervisor += page.withoutSupervisor();
            } while (page.size() == PAGE);
            escalated += campaignEscalated;
            digest(id, today, campaignEscalated, withoutSupervisor);
        }
        Summary summary = new Summary(open.size(), added, excluded, reminded, escalated);
        LOG.info(() -> "Declaration reminders at " + now + ": " + summary);
        journal.remindersRun(counts(summary, now));
        return summary;
    }

    private static Map<String, Object> counts(Summary summary, Instant now) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("at", now);
        counts.put("campaigns", summary.campaigns());
        counts.put("audienceAdded", summary.added());
        counts.put("audienceExcluded", summary.excluded());
        counts.put("reminded", summary.reminded());
        counts.put("escalated", summary.escalated());
        return counts;
    }

    /** After the due date, HR hears daily how many are still outstanding (once a day per campaign). */
    private void digest(long campaignId, LocalDate today, int escalatedToday, int withoutSupervisor) {
        DeclarationCampaign campaign = em.find(DeclarationCampaign.class, campaignId);
        if (!today.isAfter(campaign.getDueOn()) || agency.hrMailbox().isEmpty()) {
            return;
        }
        long pending = em.createQuery("select count(d) from Declaration d where d.campaign.id = :c"
                + " and d.status = :pending", Long.class).setParameter("c", campaignId)
                .setParameter("pending", DeclarationStatus.PENDING).getSingleResult();
        DeclarationMail.Message m = mail.compose("digest", new DeclarationMail.Facts(null, campaign.getName(),
                today, 0, null, pending, escalatedToday, withoutSupervisor));
        outbox.send("campaign:" + campaignId + ":digest:" + today, "DIGEST", agency.hrMailbox().get(), m.subject(),
                m.body());
    }
}
