package my.etika.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import my.etika.declaration.control.DeclarationJournal;
import my.etika.declaration.entity.CampaignStatus;
import my.etika.declaration.entity.Declaration;
import my.etika.declaration.entity.DeclarationCampaign;
import my.etika.declaration.entity.Policy;
import my.etika.declaration.entity.PolicyVersion;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * Policies and their versions. HR writes a new version as a draft and publishes it; a published version never
 * changes. Publishing a version marked material asks every officer who signed an earlier version in an open
 * campaign of the same policy to sign again.
 */
@Stateless
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class PolicyCatalog {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    DeclarationJournal journal;

    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public List<PolicyVersionView> versions() {
        return em.createQuery("select v from PolicyVersion v order by v.policy.id, v.number desc", PolicyVersion.class)
                .getResultStream().map(PolicyCatalog::view).toList();
    }

    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public PolicyVersionView version(long id) {
        return view(find(id));
    }

    /** A version's texts as written (Markdown), to start the next version from. */
    public PolicyDraft texts(long id) {
        PolicyVersion v = find(id);
        return new PolicyDraft(v.getTextMs(), v.getTextEn(), v.getSources(), v.getEffectiveOn(), v.isMaterial(),
                view(v).rules());
    }

    /** A new draft version of a policy, numbered after its latest. */
    public PolicyVersionView draft(long policyId, PolicyDraft draft) {
        Policy policy = em.find(Policy.class, policyId);
        if (policy == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "policy.notFound", policyId);
        }
        validate(draft);
        int number = em.createQuery("select coalesce(max(v.number), 0) from PolicyVersion v where v.policy = :p",
                Integer.class).setParameter("p", policy).getSingleResult() + 1;
        PolicyVersion version = new PolicyVersion(policy, number, draft.textMs(), draft.textEn(), draft.sources(),
                draft.effectiveOn(), draft.material(), clock.instant(), caller());
        draft.rules().forEach(r -> version.addRule(r.key(), r.textMs(), r.textEn()));
        em.persist(version);
        em.flush();
        journal.policyDrafted(version);
        return view(version);
    }

    public PolicyVersionView publish(long versionId) {
        PolicyVersion version = find(versionId);
        if (version.isPublished()) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "policy.alreadyPublished",
                    version.getNumber());
        }
        version.publish(clock.instant(), caller());
        int askedAgain = version.isMaterial() ? askOpenCampaignsAgain(version) : 0;
        journal.policyPublished(version, askedAgain);
        return view(version);
    }

    private int askOpenCampaignsAgain(PolicyVersion newer) {
        List<DeclarationCampaign> open = em.createQuery("select c from DeclarationCampaign c where c.status = :open"
                + " and c.policyVersion.policy = :policy and c.policyVersion <> :newer", DeclarationCampaign.class)
                .setParameter("open", CampaignStatus.OPEN).setParameter("policy", newer.getPolicy())
                .setParameter("newer", newer).getResultList();
        for (DeclarationCampaign campaign : open) {
            campaign.follow(newer);
            em.createQuery("select d from Declaration d where d.campaign = :c", Declaration.class)
                    .setParameter("c", campaign).getResultStream().forEach(Declaration::askAgain);
        }
        return open.size();
    }

    private static void validate(PolicyDraft draft) {
        if (draft.textMs() == null || draft.textMs().isBlank() || draft.textEn() == null
                || draft.textEn().isBlank()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "policy.textRequired");
        }
        if (draft.effectiveOn() == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "policy.effectiveOnRequired");
        }
        if (draft.rules().isEmpty()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "policy.rulesRequired");
        }
    }

    private PolicyVersion find(long id) {
        PolicyVersion version = em.find(PolicyVersion.class, id);
        if (version == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "policy.versionNotFound", id);
        }
        return version;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    static PolicyVersionView view(PolicyVersion v) {
        Policy p = v.getPolicy();
        return new PolicyVersionView(v.getId(), p.getId(), p.getCode(), p.getTitleMs(), p.getTitleEn(),
                v.getNumber(), v.getStatus().name(), v.isMaterial(), v.getEffectiveOn(), v.getSources(),
                v.getPublishedAt(), v.getRules().stream().map(r -> new PolicyVersionView.Rule(r.getKey(),
                        r.text(java.util.Locale.forLanguageTag("ms")), r.text(java.util.Locale.ENGLISH))).toList());
    }
}
