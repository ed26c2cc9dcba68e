package my.etika.hygiene.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import my.etika.hygiene.control.BreachExportReader;
import my.etika.hygiene.control.FindingLedger;
import my.etika.hygiene.control.HygieneJournal;
import my.etika.hygiene.entity.BreachImport;
import my.etika.hygiene.entity.Finding;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.FindingTransition;
import my.etika.hygiene.entity.HygieneRule;
import my.etika.platform.boundary.Roles;
import org.eclipse.microprofile.config.Config;

/**
 * Imports a breach-notification service's domain-search export (Have I Been Pwned, JSON or CSV) for an official
 * domain: each address is matched to the officer whose official e-mail it is, and each personal service it was
 * found registered at raises a finding (once). Streamed, a thousand addresses at a time, in one transaction: a bad
 * or oversized file is refused with its line and nothing is imported.
 */
@Stateless
@RolesAllowed({Roles.INTEGRITY, Roles.HR, Roles.ADMIN})
public class BreachImports {

    private static final int CHUNK = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Config config;

    @Resource
    SessionContext session;

    @Inject
    HygieneJournal journal;

    public BreachImportSummary importExport(String domain, InputStream export) {
        long maxBytes = config.getOptionalValue("etika.hygiene.breach-import-max-bytes", Long.class)
                .orElse(BreachExportReader.DEFAULT_MAX_BYTES);
        Instant now = clock.instant();
        Counts counts = new Counts();
        Map<String, List<String>> chunk = new LinkedHashMap<>();
        BreachExportReader.read(export, domain, maxBytes, breach -> {
            chunk.computeIfAbsent(breach.address(), a -> new ArrayList<>()).addAll(breach.breaches());
            if (chunk.size() == CHUNK) {
                raise(chunk, counts, now);
                chunk.clear();
            }
        });
        raise(chunk, counts, now);
        BreachImport done = new BreachImport(domain.strip().toLowerCase(Locale.ROOT), counts.addresses,
                counts.matched.size(), counts.unmatched, counts.raised, now, session.getCallerPrincipal().getName());
        em.persist(done);
        em.flush();
        journal.breachesImported(done.getId(), domain.strip().toLowerCase(Locale.ROOT), counts.addresses, counts.matched.size(),
                counts.unmatched, counts.raised);
        return new BreachImportSummary(done.getId(), domain, counts.addresses, counts.matched.size(),
                counts.unmatched, counts.raised);
    }

    private static final class Counts {
        int addresses;
        int unmatched;
        int raised;
        final Set<Long> matched = new HashSet<>();
    }

    /**
     * Officers by official address (the normalised address, lower case, against the directory mail as stored: an
     * indexed lookup; directories keep mail in lower case), then one finding per address and service.
     */
    private void raise(Map<String, List<String>> chunk, Counts counts, Instant now) {
        if (chunk.isEmpty()) {
            return;
        }
        counts.addresses += chunk.size();
        Map<String, Object[]> officers = new HashMap<>();
        for (Object row : em.createQuery("select o.id, lower(o.officialEmail), o.orgUnit from Officer o"
                + " where o.officialEmail in :addresses and o.deactivatedAt is null", Object[].class)
                .setParameter("addresses", chunk.keySet()).getResultList()) {
            Object[] r = (Object[]) row;
            officers.put((String) r[1], r);
        }
        Set<String> keys = new HashSet<>();
        chunk.forEach((address, breaches) -> breaches.forEach(b -> keys.add(key(officers.get(address), b))));
        keys.remove(null);
        Set<String> known = keys.isEmpty() ? Set.of() : new HashSet<>(em.createQuery("select f.subjectKey from"
                + " Finding f where f.rule = :rule and f.subjectKey in :keys and f.status not in :settled", String.class)
                .setParameter("rule", HygieneRule.OFFICIAL_ADDRESS_IN_BREACH).setParameter("keys", keys)
                .setParameter("settled", List.of(FindingStatus.VERIFIED, FindingStatus.DISMISSED,
                        FindingStatus.ESCALATED))
                .getResultList());
        for (Map.Entry<String, List<String>> entry : chunk.entrySet()) {
            Object[] officer = officers.get(entry.getKey());
            if (officer == null) {
                counts.unmatched++;
                continue;
            }
            long officerId = ((Number) officer[0]).longValue();
            counts.matched.add(officerId);
            for (String breach : new HashSet<>(entry.getValue())) {
                String key = key(officer, breach);
                if (known.add(key)) {
                    Finding finding = new Finding(HygieneRule.OFFICIAL_ADDRESS_IN_BREACH, officerId, null, key,
                            entry.getKey() + " registered at " + breach, (String) officer[2], now);
                    em.persist(finding);
                    em.flush();
                    em.persist(new FindingTransition(finding.getId(), null, FindingStatus.OPEN, now,
                            FindingLedger.EVALUATION, finding.getEvidence()));
                    counts.raised++;
                }
            }
        }
        em.flush();
        em.clear();
    }

    private static String key(Object[] officer, String breach) {
        return officer == null ? null : "officer:" + officer[0] + ":breach:" + breach.toLowerCase(Locale.ROOT);
    }
}
