package my.etika.officer.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import my.etika.officer.entity.Officer;
import my.etika.officer.entity.OfficerProfile;
import my.etika.officer.entity.OfficerStatus;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The officers table's queries on the Flyway schema, under Hibernate ORM and EclipseLink: pages read from the end
 * (the second half of the matches) hold exactly what reading from the start gives, whatever the sort, nulls
 * included; prefixes match literally.
 */
class OfficerSearchTest {

    private static final String[] NAMES = {"Siti Aminah binti Yusof", "Ahmad bin Ismail", "Tan Wei Ming",
        "Siti Nur_Aisyah", "Muthu a/l Rajan", "Ahmad bin Ismail", "Nurul 100% Huda", "Lim Mei Ling",
        "Siti Aminah binti Yusof", "Zainal Abidin"};
    private static final int OFFICERS = 37;

    private JpaTestUnit unit;
    private EntityManager em;
    private OfficerSearch search;

    private void start(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        em = unit.emf().createEntityManager();
        em.getTransaction().begin();
        Instant seen = Instant.parse("2026-11-20T01:30:00Z");
        for (int i = 0; i < OFFICERS; i++) {
            em.persist(new Officer(profile(i), seen.plusSeconds(i % 5)));
        }
        em.getTransaction().commit();
        em.clear();
        search = new OfficerSearch();
        search.em = em;
    }

    @AfterEach
    void stop() {
        if (em != null) {
            em.close();
        }
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void pagesReadFromTheEndMatchPagesReadFromTheStart(JpaProvider provider) {
        start(provider);
        for (String sort : OfficerCriteria.SORTABLE) {
            for (boolean ascending : new boolean[] {true, false}) {
                OfficerCriteria criteria = new OfficerCriteria(null, null, null, sort, ascending);
                long total = search.count(criteria);
                List<Long> inOneGo = ids(search.find(criteria, 0, OFFICERS));
                List<Long> pageByPage = new ArrayList<>();
                for (int first = 0; first < total; first += 6) {
                    pageByPage.addAll(ids(search.find(criteria, first, 6, total)));
                }
                assertThat(total).isEqualTo(OFFICERS);
                assertThat(pageByPage).as("%s %s", sort, ascending ? "asc" : "desc").isEqualTo(inOneGo);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void searchedPagesReadFromTheEndMatchPagesReadFromTheStart(JpaProvider provider) {
        start(provider);
        for (String sort : OfficerCriteria.SORTABLE) {
            for (boolean ascending : new boolean[] {true, false}) {
                OfficerCriteria criteria = new OfficerCriteria("siti", null, null, sort, ascending);
                long total = search.count(criteria);
                List<OfficerSummary> inOneGo = search.find(criteria, 0, OFFICERS);
                List<Long> pageByPage = new ArrayList<>();
                for (int first = 0; first < total; first += 4) {
                    pageByPage.addAll(ids(search.find(criteria, first, 4, total)));
                }
                assertThat(total).isEqualTo(11);
                assertThat(inOneGo).extracting(OfficerSummary::fullName).allMatch(n -> n.startsWith("Siti"));
                assertThat(pageByPage).as("%s %s", sort, ascending ? "asc" : "desc").isEqualTo(ids(inOneGo));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void theLastPageHoldsOnlyWhatIsLeft(JpaProvider provider) {
        start(provider);
        OfficerCriteria byName = OfficerCriteria.all();
        List<Long> all = ids(search.find(byName, 0, OFFICERS));

        List<OfficerSummary> last = search.find(byName, 35, 10, OFFICERS);

        assertThat(ids(last)).isEqualTo(all.subList(35, 37));
        assertThat(search.find(byName, 40, 10, OFFICERS)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void prefixesMatchLiterallyOnNameLoginEmployeeNumberAndEmail(JpaProvider provider) {
        start(provider);

        assertThat(search.count(new OfficerCriteria("SITI AMINAH", null, null, null, true))).isEqualTo(7);
        assertThat(search.count(new OfficerCriteria("siti nur_", null, null, null, true))).isEqualTo(4);
        assertThat(search.count(new OfficerCriteria("siti nur%", null, null, null, true))).isZero();
        assertThat(search.count(new OfficerCriteria("nurul 100%", null, null, null, true))).isEqualTo(4);
        assertThat(search.count(new OfficerCriteria("officer.1", null, null, null, true))).isEqualTo(11);
        assertThat(search.count(new OfficerCriteria("jde0003", null, null, null, true))).isEqualTo(1);
        assertThat(search.count(new OfficerCriteria("officer.20@", null, null, null, true))).isEqualTo(1);
        assertThat(search.find(new OfficerCriteria("zainal", null, null, null, true), 0, 10, 3))
                .extracting(OfficerSummary::fullName).containsOnly("Zainal Abidin").hasSize(3);
    }

    private static List<Long> ids(List<OfficerSummary> officers) {
        return officers.stream().map(OfficerSummary::id).toList();
    }

    /** Repeated names, grades, org units and employee numbers, some of them missing (nulls sort too). */
    private static OfficerProfile profile(int i) {
        String login = "officer." + i;
        String grade = i % 4 == 0 ? null : "N" + (19 + i % 3 * 10);
        String orgUnit = i % 5 == 0 ? null : "Unit " + (char) ('A' + i % 3);
        String employeeNumber = i % 6 == 0 ? null : String.format("JDE%04d", i);
        return new OfficerProfile("uuid-" + i, login, "uid=" + login + ",ou=people,dc=jde,dc=example",
                NAMES[i % NAMES.length], login + "@jde.example", employeeNumber, grade, grade == null ? null : "SSPA",
                null, null, null, null, "JDE", orgUnit, "MY-10", i % 7 == 0 ? OfficerStatus.INTERDICTED
                        : OfficerStatus.ACTIVE, null);
    }
}
