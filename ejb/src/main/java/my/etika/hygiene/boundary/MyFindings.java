package my.etika.hygiene.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import my.etika.hygiene.control.HygieneJournal;
import my.etika.hygiene.entity.Finding;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.officer.boundary.OfficerContact;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * "My findings": an officer's own findings, and the two steps that are theirs: acknowledge, and attest the fix.
 * Another officer's finding is "not found".
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class MyFindings {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficerContacts officers;

    @Inject
    HygieneJournal journal;

    @Resource
    SessionContext session;

    public List<FindingView> mine() {
        OfficerContact me = me();
        return em.createQuery("select f from Finding f where f.officerId = :me order by f.raisedAt desc",
                Finding.class).setParameter("me", me.id()).getResultStream().map(f -> FindingSteps.view(f, me))
                .toList();
    }

    /** ACKNOWLEDGED, or REMEDIATED with what the officer did (the attestation). */
    public FindingView move(long id, long expectedVersion, FindingStatus to, String attestation) {
        if (to != FindingStatus.ACKNOWLEDGED && to != FindingStatus.REMEDIATED) {
            throw new BusinessException(BusinessException.Kind.INVALID, "finding.transitionNotYours", to.name());
        }
        if (to == FindingStatus.REMEDIATED && (attestation == null || attestation.isBlank())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "finding.attestationRequired");
        }
        OfficerContact me = me();
        Finding finding = em.find(Finding.class, id);
        if (finding == null || finding.getOfficerId() == null || finding.getOfficerId() != me.id()) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "finding.notFound", id);
        }
        return FindingSteps.view(FindingSteps.apply(em, journal, finding, expectedVersion, to, me.login(), attestation,
                clock.instant()), me);
    }

    private OfficerContact me() {
        String login = session.getCallerPrincipal().getName();
        return officers.activeByLogin(login).orElseThrow(
                () -> new BusinessException(BusinessException.Kind.NOT_FOUND, "officer.notFound", login));
    }
}
