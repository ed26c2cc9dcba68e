package my.etika.hygiene.boundary;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import my.etika.hygiene.control.HygieneJournal;
import my.etika.hygiene.entity.Finding;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.FindingTransition;
import my.etika.officer.boundary.OfficerContact;
import my.etika.platform.boundary.BusinessException;

/** One step of a finding's lifecycle, recorded, with the checks every caller shares. */
final class FindingSteps {

    private FindingSteps() {
    }

    static Finding apply(EntityManager em, HygieneJournal journal, Finding finding, long expectedVersion,
            FindingStatus to, String by, String reason, Instant at) {
        if (finding.getVersion() != expectedVersion) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "finding.changedMeanwhile", finding.getId());
        }
        FindingStatus from = finding.getStatus();
        if (!from.next().contains(to)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "finding.transitionNotAllowed",
                    from.name(), to.name());
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        finding.moveTo(to, by, why, at);
        em.persist(new FindingTransition(finding.getId(), from, to, at, by, why));
        em.flush();
        journal.stepped(finding, from, why);
        return finding;
    }

    static FindingView view(Finding f, OfficerContact officer) {
        return new FindingView(f.getId(), f.getRule().name(), f.getSeverity().name(), f.getStatus().name(),
                f.getOfficerId(), officer == null ? null : officer.login(), officer == null ? null : officer.fullName(),
                f.getOfficialAccountId(), f.getEvidence(), f.getOrgUnit(), f.getRaisedAt(), f.getStatusChangedAt(),
                f.getStatusChangedBy(), f.getStatusReason(), f.getConditionClearedAt() == null, f.getIncidentId(), f.getVersion());
    }
}
