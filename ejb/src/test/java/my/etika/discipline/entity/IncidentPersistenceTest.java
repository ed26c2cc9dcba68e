package my.etika.discipline.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import my.etika.discipline.control.ImposedPunishment;
import my.etika.officer.entity.Officer;
import my.etika.officer.entity.OfficerProfile;
import my.etika.officer.entity.OfficerStatus;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A case on the Flyway schema under Hibernate ORM and EclipseLink alike: the officer's snapshot, the provisions
 * alleged (found again by the list's join), the punishments of the decision and of the appeal, and a version that
 * moves with every change, including a change beside the case's own columns.
 */
class IncidentPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private JpaTestUnit unit;

    @AfterEach
    void stop() {
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aCaseKeepsItsSnapshotProvisionsAndPunishments(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        long officerId = inTransaction(IncidentPersistenceTest::officer);
        long id = inTransaction(em -> {
            Incident incident = new Incident("provisional-1", IncidentSource.MONITORING, new OfficerSnapshot(officerId,
                    "aisyah", "Nur Aisyah", "E123", "N9", "SSPA", "N", "PELAKSANA", "Pembantu Tadbir", "Unit Dasar",
                    "MY-02"), "Berkongsi kenyataan", "demo.integriti", NOW, TODAY);
            incident.describe("facebook", "https://facebook.com/x/1", ActType.SHARE, NOW.minusSeconds(3600), true);
            incident.classify(null, Set.of(101L, 102L));
            em.persist(incident);
            em.flush();
            incident.numbered("TT-2026-" + incident.getId());
            return incident.getId();
        });

        long version = inTransaction(em -> {
            Incident incident = em.find(Incident.class, id);
            assertThat(incident.getReference()).isEqualTo("TT-2026-" + id);
            assertThat(incident.getOfficer().getGrade()).isEqualTo("N9");
            assertThat(incident.getOfficer().getDutyStationState()).isEqualTo("MY-02");
            assertThat(incident.getProvisionIds()).containsExactlyInAnyOrder(101L, 102L);
            assertThat(incident.getInOfficeHours()).isTrue();
            return incident.getVersion();
        });
        List<Long> withProvision = inTransaction(em -> em.createQuery("select i.id from Incident i where i.id in"
                + " (select j.id from Incident j join j.provisionIds p where p = :p)", Long.class)
                .setParameter("p", 102L).getResultList());
        assertThat(withProvision).containsExactly(id);

        long touched = inTransaction(em -> {
            em.find(Incident.class, id).touched(NOW.plusSeconds(5));
            em.flush();
            return em.find(Incident.class, id).getVersion();
        });
        assertThat(touched).as("a change beside the case moves its version").isGreaterThan(version);

        inTransaction(em -> {
            Incident incident = em.find(Incident.class, id);
            incident.decided(TODAY, "Keputusan", List.of(
                    new PunishmentLine(PunishmentLine.Stage.DECISION, new ImposedPunishment(
                            my.etika.discipline.entity.PunishmentKind.WARNING, null, null, null, null, null)),
                    new PunishmentLine(PunishmentLine.Stage.DECISION, new ImposedPunishment(
                            my.etika.discipline.entity.PunishmentKind.FINE, new BigDecimal("300.00"), null, null,
                            null, null))));
            incident.appealDecided(AppealOutcome.LIGHTEN, TODAY, TODAY, List.of(new PunishmentLine(
                    PunishmentLine.Stage.APPEAL, new ImposedPunishment(my.etika.discipline.entity.PunishmentKind.WARNING,
                            null, null, null, null, null))));
            return null;
        });
        inTransaction(em -> {
            Incident incident = em.find(Incident.class, id);
            assertThat(incident.getPunishments()).hasSize(3);
            assertThat(incident.standingPunishments()).extracting(l -> l.punishment().kind().name())
                    .containsExactly("WARNING");
            assertThat(incident.getPunishments()).filteredOn(l -> l.getStage() == PunishmentLine.Stage.DECISION)
                    .extracting(l -> l.punishment().amount()).contains(new BigDecimal("300.00"));
            assertThat(incident.getAcquitted()).isFalse();
            return null;
        });
    }

    private static long officer(EntityManager em) {
        Officer officer = new Officer(new OfficerProfile("uuid-aisyah", "aisyah", "uid=aisyah,ou=people,dc=jde,dc=example",
                "Nur Aisyah", "aisyah@jde.example", "E123", "N9", "SSPA", "N", "PELAKSANA", "Pembantu Tadbir", null,
                "JDE", "Unit Dasar", "MY-02", OfficerStatus.ACTIVE, null), NOW);
        em.persist(officer);
        em.flush();
        return officer.getId();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }
}
