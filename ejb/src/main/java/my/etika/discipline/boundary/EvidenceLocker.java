package my.etika.discipline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import my.etika.discipline.control.CaseAccess;
import my.etika.discipline.control.CaseJournal;
import my.etika.discipline.control.EvidenceRefusedException;
import my.etika.discipline.control.EvidenceSettings;
import my.etika.discipline.control.EvidenceStore;
import my.etika.discipline.control.StoredContent;
import my.etika.discipline.entity.Evidence;
import my.etika.discipline.entity.EvidenceCustody;
import my.etika.discipline.entity.Incident;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;
import my.etika.platform.boundary.Roles;

/**
 * The evidence of a case: files kept with their SHA-256, size and content-detected type, within the agency's size
 * limit. Every upload, view, download and check is on the file's chain of custody and in the audit trail; a file
 * whose bytes no longer match its hash is flagged ALTERED (and MISSING when gone) but still served to the
 * investigators, who must know.
 */
@Stateless
@RolesAllowed({Roles.INTEGRITY, Roles.INTEGRITY_HEAD})
public class EvidenceLocker {

    private static final int MAX_NAME = 255;

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseJournal journal;

    @Inject
    EvidenceStore store;

    @Inject
    EvidenceSettings settings;

    public EvidenceView add(long incidentId, String fileName, String description, Instant capturedAt,
            InputStream content) {
        Incident incident = access.visible(incidentId);
        if (incident.getStatus().ended()) {
            throw new BusinessException(Kind.CONFLICT, "incident.ended", incident.getReference());
        }
        String name = fileName(fileName);
        StoredContent stored = store(content);
        Instant now = journal.now();
        Evidence evidence = new Evidence(incidentId, name, description == null || description.isBlank() ? null
                : description.strip(), stored.sha256(), stored.size(), stored.detectedType(), capturedAt,
                access.caller(), now);
        em.persist(evidence);
        em.flush();
        custody(evidence, EvidenceCustody.Action.UPLOAD, Evidence.Integrity.INTACT);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("evidence", evidence.getId());
        after.put("fileName", name);
        after.put("sha256", stored.sha256());
        after.put("size", stored.size());
        after.put("type", stored.detectedType());
        journal.changed(incident, "EVIDENCE_ADD", null, null, after);
        incident.touched(now);
        return IncidentViews.evidence(evidence);
    }

    public List<EvidenceView> list(long incidentId) {
        access.visible(incidentId);
        return em.createQuery("select e from Evidence e where e.incidentId = :i order by e.uploadedAt, e.id",
                Evidence.class).setParameter("i", incidentId).getResultStream().map(IncidentViews::evidence).toList();
    }

    /** The file's bytes, after checking them against the hash; the view or download is on the chain of custody. */
    public EvidenceContent open(long incidentId, long evidenceId, boolean download) {
        Evidence evidence = evidence(incidentId, evidenceId);
        Evidence.Integrity integrity = check(evidence);
        custody(evidence, download ? EvidenceCustody.Action.DOWNLOAD : EvidenceCustody.Action.VIEW, integrity);
        journal.read(em.find(Incident.class, incidentId), "evidence " + evidenceId + (download ? " download" : " view"));
        if (integrity == Evidence.Integrity.MISSING) {
            throw new BusinessException(Kind.NOT_FOUND, "discipline.evidence.missing", evidence.getFileName());
        }
        return new EvidenceContent(IncidentViews.evidence(evidence), store.open(evidence.getSha256()));
    }

    /** Checks the stored bytes against the hash now. */
    public EvidenceView verify(long incidentId, long evidenceId) {
        Evidence evidence = evidence(incidentId, evidenceId);
        Evidence.Integrity integrity = check(evidence);
        custody(evidence, EvidenceCustody.Action.VERIFY, integrity);
        return IncidentViews.evidence(evidence);
    }

    /** The file's chain of custody, oldest first. */
    public List<EvidenceCustody> custody(long incidentId, long evidenceId) {
        evidence(incidentId, evidenceId);
        return em.createQuery("select c from EvidenceCustody c where c.evidenceId = :e order by c.actedAt, c.id",
                EvidenceCustody.class).setParameter("e", evidenceId).getResultList();
    }

    private Evidence evidence(long incidentId, long evidenceId) {
        access.visible(incidentId);
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || evidence.getIncidentId() != incidentId) {
            throw new BusinessException(Kind.NOT_FOUND, "discipline.evidence.notFound", evidenceId);
        }
        return evidence;
    }

    private Evidence.Integrity check(Evidence evidence) {
        Evidence.Integrity found = Evidence.Integrity.valueOf(
                store.verify(evidence.getSha256(), evidence.getSize()).name());
        evidence.checked(found, journal.now());
        return found;
    }

    private void custody(Evidence evidence, EvidenceCustody.Action action, Evidence.Integrity outcome) {
        em.persist(new EvidenceCustody(evidence.getId(), action, access.caller(), access.sourceIp(),
                outcome.name(), journal.now()));
    }

    private StoredContent store(InputStream content) {
        try {
            return store.store(content, settings.maxBytes());
        } catch (EvidenceRefusedException e) {
            // the same refusal, with the HTTP status it deserves (413, 415)
            Kind kind = switch (e.reason()) {
                case TOO_LARGE -> Kind.TOO_LARGE;
                case TYPE_NOT_ALLOWED -> Kind.UNSUPPORTED_TYPE;
                case EMPTY -> Kind.INVALID;
            };
            throw new BusinessException(kind, e.messageKey(), e.arguments().toArray());
        }
    }

    private static String fileName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new BusinessException(Kind.INVALID, "discipline.evidence.nameRequired");
        }
        // the last path segment only, without control characters
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw new BusinessException(Kind.INVALID, "discipline.evidence.nameRequired");
        }
        return name.length() > MAX_NAME ? name.substring(name.length() - MAX_NAME) : name;
    }
}
