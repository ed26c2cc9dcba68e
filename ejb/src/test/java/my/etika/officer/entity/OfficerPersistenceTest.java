package my.etika.officer.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.RollbackException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The officer mapping on the Flyway schema, under Hibernate ORM and EclipseLink alike. */
class OfficerPersistenceTest {

    private static final Instant FIRST_SEEN = Instant.parse("2026-11-20T01:30:00.123456Z");

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
    void storesAndReadsBackEveryField(JpaProvider provider) {
        start(provider);
        OfficerProfile profile = profile("uuid-1", "ahmad.ismail", "N9");
        long id = inTransaction(em -> {
            Officer officer = new Officer(profile, FIRST_SEEN);
            em.persist(officer);
            em.flush();
            return officer.getId();
        });

        Officer read = inTransaction(em -> em.find(Officer.class, id));
        assertThat(read.profile()).isEqualTo(profile);
        assertThat(read.getFirstSeenAt()).isEqualTo(FIRST_SEEN);
        assertThat(read.getLastChangedAt()).isEqualTo(FIRST_SEEN);
        assertThat(read.getLastLoginAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void storesInstantsAsUtcWhateverTheJvmZone(JpaProvider provider) throws SQLException {
        start(provider);
        inTransaction(em -> {
            em.persist(new Officer(profile("uuid-utc", "tan.weiming", "F9"), FIRST_SEEN));
            return null;
        });
        try (Connection connection = unit.dataSource().getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT first_seen_at FROM officer WHERE directory_id = 'uuid-utc'");
                ResultSet row = query.executeQuery()) {
            assertThat(row.next()).isTrue();
            assertThat(row.getObject(1, LocalDateTime.class))
                    .isEqualTo(LocalDateTime.ofInstant(FIRST_SEEN, ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void anUnchangedProfileCausesNoWrite(JpaProvider provider) {
        start(provider);
        OfficerProfile profile = profile("uuid-2", "kavitha.muthu", "W9");
        long id = persist(profile);
        long versionBefore = inTransaction(em -> em.find(Officer.class, id)).getVersion();

        boolean changed = inTransaction(em -> em.find(Officer.class, id).applyProfile(profile, Instant.now()));

        Officer after = inTransaction(em -> em.find(Officer.class, id));
        assertThat(changed).isFalse();
        assertThat(after.getVersion()).isEqualTo(versionBefore);
        assertThat(after.getLastChangedAt()).isEqualTo(FIRST_SEEN);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aChangedProfileIsStoredWithANewVersion(JpaProvider provider) {
        start(provider);
        long id = persist(profile("uuid-3", "siti.aminah", "N5"));
        long versionBefore = inTransaction(em -> em.find(Officer.class, id)).getVersion();
        Instant promotedAt = Instant.parse("2026-11-21T02:00:00Z");

        boolean changed = inTransaction(em ->
                em.find(Officer.class, id).applyProfile(profile("uuid-3", "siti.aminah", "N6"), promotedAt));

        Officer after = inTransaction(em -> em.find(Officer.class, id));
        assertThat(changed).isTrue();
        assertThat(after.profile().grade()).isEqualTo("N6");
        assertThat(after.getVersion()).isGreaterThan(versionBefore);
        assertThat(after.getLastChangedAt()).isEqualTo(promotedAt);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aStaleEditIsRefused(JpaProvider provider) {
        start(provider);
        long id = persist(profile("uuid-4", "lim.meiling", "F5"));
        EntityManager first = unit.emf().createEntityManager();
        EntityManager second = unit.emf().createEntityManager();
        try {
            first.getTransaction().begin();
            second.getTransaction().begin();
            Officer seenByFirst = first.find(Officer.class, id);
            Officer seenBySecond = second.find(Officer.class, id);
            seenByFirst.applyProfile(profile("uuid-4", "lim.meiling", "F6"), Instant.now());
            first.getTransaction().commit();

            seenBySecond.applyProfile(profile("uuid-4", "lim.meiling", "F7"), Instant.now());
            assertThatThrownBy(() -> second.getTransaction().commit())
                    .isInstanceOfAny(RollbackException.class, OptimisticLockException.class)
                    .satisfies(e -> assertThat(causes(e)).anyMatch(OptimisticLockException.class::isInstance));
        } finally {
            first.close();
            second.close();
        }
        assertThat(inTransaction(em -> em.find(Officer.class, id)).profile().grade()).isEqualTo("F6");
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theDirectoryIdIsUnique(JpaProvider provider) {
        start(provider);
        persist(profile("uuid-5", "rajesh.subramaniam", "J9"));

        assertThatThrownBy(() -> persist(profile("uuid-5", "rajesh.s", "J9")))
                .isInstanceOf(PersistenceException.class);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void namedQueriesFindActiveOfficersByLoginAndCountByStatus(JpaProvider provider) {
        start(provider);
        persist(profile("uuid-6", "nur.aisyah", "N1"));
        persist(withStatus(profile("uuid-7", "nur.aisyah", "N1"), OfficerStatus.RETIRED));
        persist(profile("uuid-8", "wong.kahmun", "N2"));

        List<Officer> active = inTransaction(em -> em.createNamedQuery(Officer.ACTIVE_BY_LOGIN, Officer.class)
                .setParameter("login", "nur.aisyah").setParameter("status", OfficerStatus.ACTIVE).getResultList());
        List<Object[]> counts = inTransaction(em ->
                em.createNamedQuery(Officer.COUNT_BY_STATUS, Object[].class).getResultList());
        Officer byDirectoryId = inTransaction(em -> em.createNamedQuery(Officer.BY_DIRECTORY_ID, Officer.class)
                .setParameter("directoryId", "uuid-8").getSingleResult());

        assertThat(active).extracting(Officer::getDirectoryId).containsExactly("uuid-6");
        assertThat(counts).anySatisfy(row -> {
            assertThat(row[0]).isEqualTo(OfficerStatus.ACTIVE);
            assertThat(((Number) row[1]).longValue()).isEqualTo(2L);
        });
        assertThat(byDirectoryId.getLogin()).isEqualTo("wong.kahmun");
    }

    private long persist(OfficerProfile profile) {
        return inTransaction(em -> {
            Officer officer = new Officer(profile, FIRST_SEEN);
            em.persist(officer);
            em.flush();
            return officer.getId();
        });
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    static OfficerProfile profile(String directoryId, String login, String grade) {
        return new OfficerProfile(directoryId, login, "uid=" + login + ",ou=Unit Operasi,ou=people,dc=jde,dc=example",
                "Nama " + login, login + "@jde.example", "JDE" + directoryId.hashCode(), grade, "SSPA",
                grade.replaceAll("\\d", ""), "SUPPORT", "Pembantu Tadbir", "JDE/" + grade, "JDE", "Unit Operasi",
                "MY-10", OfficerStatus.ACTIVE, "uid=ketua,ou=people,dc=jde,dc=example");
    }

    static OfficerProfile withStatus(OfficerProfile p, OfficerStatus status) {
        return new OfficerProfile(p.directoryId(), p.login(), p.distinguishedName(), p.fullName(), p.officialEmail(),
                p.employeeNumber(), p.grade(), p.gradeSystem(), p.serviceScheme(), p.serviceGroup(),
                p.positionTitle(), p.positionCode(), p.agencyCode(), p.orgUnit(), p.dutyStationState(), status,
                p.supervisorDn());
    }
}
