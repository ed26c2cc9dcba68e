package my.etika.discipline.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import my.etika.discipline.control.CaseJournal;
import my.etika.discipline.control.DisciplineSettings;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentAssignment;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.mail.boundary.Outbox;
import my.etika.officer.boundary.OfficerContacts;

/**
 * Every morning, each investigator gets one e-mail listing their cases whose current deadline has passed or which
 * have waited undecided long enough to risk condonation. The mail names only the cases' references and deadlines,
 * never their facts: the details stay behind Etika's login.
 */
@Stateless
@PermitAll // internal: run by its timer, and by tests with a chosen day
public class CaseAlerts {

    private static final int MAX_LISTED = 15_000;
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final List<IncidentStatus> ENDED = List.of(IncidentStatus.CLOSED, IncidentStatus.NO_CASE,
            IncidentStatus.WITHDRAWN);

    @PersistenceContext
    EntityManager em;

    @Inject
    DisciplineSettings settings;

    @Inject
    OfficerContacts officers;

    @Inject
    Outbox outbox;

    @Inject
    CaseJournal journal;

    // 08:15 in Malaysia
    @Schedule(hour = "0", minute = "15", persistent = false, info = "disciplinary case alerts")
    void everyMorning() {
        sendAt(journal.today());
    }

    /** Sends the day's alerts (once per investigator and day); returns how many e-mails were queued. */
    public int sendAt(LocalDate today) {
        var receivedBefore = today.minusDays(settings.condonationRiskDays()).atStartOfDay(MALAYSIA).toInstant();
        List<Incident> late = em.createQuery("select i from Incident i where i.status not in :ended and"
                + " (i.statusDueOn < :today or (i.receivedAt < :receivedBefore and i.decidedOn is null))"
                + " order by i.statusDueOn, i.id", Incident.class).setParameter("ended", ENDED)
                .setParameter("today", today).setParameter("receivedBefore", receivedBefore).getResultList();
        Map<String, StringBuilder> lines = new TreeMap<>();
        for (Incident incident : late) {
            String line = String.format("- %s · %s · %s%n", incident.getReference(), incident.getStatus().name(),
                    incident.getStatusDueOn() == null ? "-" : incident.getStatusDueOn());
            em.createNamedQuery(IncidentAssignment.CURRENT, IncidentAssignment.class)
                    .setParameter("incident", incident.getId()).getResultStream()
                    .forEach(a -> {
                        StringBuilder mine = lines.computeIfAbsent(a.getLogin(), login -> new StringBuilder());
                        // the outbox keeps 20,000 characters: the first cases are enough to act on
                        if (mine.length() < MAX_LISTED) {
                            mine.append(line);
                        }
                    });
        }
        int sent = 0;
        for (var entry : lines.entrySet()) {
            var investigator = officers.activeByLogin(entry.getKey());
            if (investigator.isEmpty() || investigator.get().officialEmail() == null) {
                continue;
            }
            String body = "Kes tatatertib yang telah melepasi tarikh akhir atau berisiko kondonasi"
                    + " (rujukan · status · tarikh akhir):\n" + entry.getValue()
                    + "\nDisciplinary cases past their deadline or at risk of condonation"
                    + " (reference · status · due on): as above.\n\nButiran kes hanya dalam Etika."
                    + " / The cases' details are in Etika only.\n";
            if (outbox.send("discipline-alerts:" + entry.getKey() + ":" + today, "DISCIPLINE_ALERT",
                    investigator.get().officialEmail(), "Etika: kes tatatertib yang lewat / overdue disciplinary cases",
                    body)) {
                sent++;
            }
        }
        return sent;
    }
}
