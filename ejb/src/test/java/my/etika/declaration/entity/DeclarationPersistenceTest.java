package my.etika.declaration.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import my.etika.declaration.control.AudienceSnapshot;
import my.etika.officer.entity.Officer;
import my.etika.officer.entity.OfficerProfile;
import my.etika.officer.entity.OfficerStatus;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The declaration model on the Flyway schema, under Hibernate ORM and EclipseLink alike: policies and their rules,
 * a campaign's audience fixed at launch and kept current with the set-based SQL, signatures with their accounts.
 */
class DeclarationPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    private JpaTestUnit unit;

    private void start(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
    }

    @AfterEach
    void stop() {
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aLaunchedCampaignHoldsItsAudienceAndFollowsJoinersAndLeavers(JpaProvider provider) {
        start(provider);
        List<Long> ids = inTransaction(em -> List.of(
                officer(em, "a", "Unit Dasar", OfficerStatus.ACTIVE),
                officer(em, "b", "Unit Dasar", OfficerStatus.ACTIVE),
                officer(em, "c", "Unit Dasar", OfficerStatus.RETIRED),
                officer(em, "d", "Unit Kewangan", OfficerStatus.ACTIVE)));
        long campaignId = inTransaction(em -> {
            DeclarationCampaign campaign = new DeclarationCampaign("Akuan Tahunan 2027", publishedVersion(em),
                    new Audience("Unit Dasar", null, null), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 31),
                    List.of(1, 14, 7), 3, NOW, "demo.hr");
            em.persist(campaign);
            campaign.launch(NOW, "demo.hr");
            em.flush();
            assertThat(new AudienceSnapshot(em).add(campaign, "LAUNCH", NOW)).isEqualTo(2);
            return campaign.getId();
        });
        assertThat(statuses(campaignId)).containsExactly("a PENDING", "b PENDING");

        inTransaction(em -> {
            em.find(Officer.class, ids.get(1)).applyProfile(profile("b", "Unit Kewangan", OfficerStatus.ACTIVE), NOW);
            em.find(Officer.class, ids.get(3)).applyProfile(profile("d", "Unit Dasar", OfficerStatus.ACTIVE), NOW);
            return null;
        });
        AudienceSnapshot.Changes changes = inTransaction(em -> new AudienceSnapshot(em)
                .refresh(em.find(DeclarationCampaign.class, campaignId), NOW.plusSeconds(60)));

        assertThat(changes).isEqualTo(new AudienceSnapshot.Changes(1, 1, 0));
        assertThat(statuses(campaignId)).containsExactly("a PENDING", "b EXCLUDED LEFT_AUDIENCE", "d PENDING JOINED");
        List<Integer> reminderDays = inTransaction(em -> em.find(DeclarationCampaign.class, campaignId)
                .reminderDays());
        assertThat(reminderDays).containsExactly(14, 7, 1);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aSignatureKeepsItsAccountsInOrderAndAPublishedVersionRefusesChange(JpaProvider provider) {
        start(provider);
        long signatureId = inTransaction(em -> {
            long officer = officer(em, "a", "Unit Dasar", OfficerStatus.ACTIVE);
            PolicyVersion version = publishedVersion(em);
            DeclarationCampaign campaign = new DeclarationCampaign("Akuan Tahunan 2027", version, Audience.everyone(),
                    LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 31), List.of(7), 3, NOW, "demo.hr");
            em.persist(campaign);
            Declaration declaration = new Declaration(campaign, officer, Declaration.Added.LAUNCH, NOW);
            em.persist(declaration);
            Signature signature = new Signature(declaration, version, "ms", "a".repeat(64), List.of("R1", "R2"),
                    List.of(new DeclaredAccount("facebook", "aisyah.rahman", "aisyah@gmail.com"),
                            new DeclaredAccount("x", "@aisyah", null)),
                    NOW, "127.0.0.1", "JUnit", "ETK-00000-00000-00000-00001");
            em.persist(signature);
            declaration.signed(NOW);
            em.flush(); // EclipseLink assigns identities at the flush
            return signature.getId();
        });

        Signature read = inTransaction(em -> {
            Signature s = em.find(Signature.class, signatureId);
            s.getAccounts().size();
            return s;
        });
        assertThat(read.getAccounts()).extracting(DeclaredAccount::getHandle).containsExactly("aisyah.rahman",
                "@aisyah");
        assertThat(read.getAttestedRules()).containsExactly("R1", "R2");
        assertThat(read.getDeclaration().getStatus()).isEqualTo(DeclarationStatus.SIGNED);
        assertThatThrownBy(() -> read.getPolicyVersion().revise("x", "y", List.of(), LocalDate.now(), false))
                .isInstanceOf(IllegalStateException.class);
    }

    private static PolicyVersion publishedVersion(EntityManager em) {
        Policy policy = new Policy("AKUAN-UJIAN-" + System.nanoTime(), "Akuan", "Declaration", NOW);
        em.persist(policy);
        PolicyVersion version = new PolicyVersion(policy, 1, "Teks", "Text", List.of("SOP JKDM para 7.7"),
                LocalDate.of(2027, 1, 1), false, NOW, "demo.hr");
        version.addRule("R1", "Peraturan satu", "Rule one");
        version.addRule("R2", "Peraturan dua", "Rule two");
        version.publish(NOW, "demo.hr");
        em.persist(version);
        return version;
    }

    private static long officer(EntityManager em, String login, String unit, OfficerStatus status) {
        Officer officer = new Officer(profile(login, unit, status), NOW);
        em.persist(officer);
        em.flush();
        return officer.getId();
    }

    private static OfficerProfile profile(String login, String unit, OfficerStatus status) {
        return new OfficerProfile("uuid-" + login, login, "uid=" + login + ",ou=people,dc=jde,dc=example",
                "Pegawai " + login, login + "@jde.example", null, "N19", "SSPA", null, null, null, null, "JDE", unit,
                "MY-10", status, null);
    }

    private List<String> statuses(long campaignId) {
        return inTransaction(em -> em.createQuery("select o.login, d.status, d.excludedBecause, d.addedBecause"
                + " from Declaration d, Officer o where o.id = d.officerId and d.campaign.id = :c order by o.login",
                Object[].class).setParameter("c", campaignId).getResultStream()
                .map(r -> r[0] + " " + r[1] + (r[2] == null ? "" : " " + r[2])
                        + (r[3] == Declaration.Added.JOINED ? " JOINED" : ""))
                .toList());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }
}
