package my.etika.ldapschema.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.unboundid.ldap.sdk.Entry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import my.etika.ldapschema.EtikaSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default demo directory looks like a Malaysian federal department.
 */
class DemoDirectoryRealismTest {

    private static final Pattern NUMBERED_GRADE = Pattern.compile("([A-Z]+)(\\d+)");

    private static DemoDirectoryGenerator generator;
    private static List<Entry> officers;

    @BeforeAll
    static void generate() {
        generator = new DemoDirectoryGenerator(DemoDirectoryOptions.defaults());
        List<Entry> all = new ArrayList<>();
        generator.forEachEntry(all::add);
        officers = GeneratedDirectory.officers(all);
    }

    @Test
    void namesComeFromSeveralCommunitiesAndVary() {
        Set<NameCommunity> communities = EnumSet.noneOf(NameCommunity.class);
        for (Entry officer : officers) {
            String cn = officer.getAttributeValue("cn");
            String sn = officer.getAttributeValue("sn");
            if (cn.contains(" bin ") || cn.contains(" binti ")) {
                communities.add(NameCommunity.MALAY);
            } else if (cn.contains(" a/l ") || cn.contains(" a/p ")) {
                communities.add(NameCommunity.INDIAN);
            } else if (cn.contains(" anak ") || NamePools.KADAZAN_DUSUN_FAMILY.contains(sn)) {
                communities.add(NameCommunity.SABAH_SARAWAK);
            } else if (NamePools.CHINESE_FAMILY.contains(sn) && cn.startsWith(sn + " ")) {
                communities.add(NameCommunity.CHINESE);
            }
        }

        assertThat(communities).hasSizeGreaterThanOrEqualTo(3);
        long distinctNames = officers.stream().map(officer -> officer.getAttributeValue("cn")).distinct().count();
        assertThat(distinctNames).isGreaterThan(officers.size() * 8L / 10);
    }

    @Test
    void bothGradeSystemsAppearAboutEightyFiveToFifteen() {
        Map<String, Long> bySystem = countBy(EtikaSchema.GRADE_SYSTEM);

        assertThat(bySystem.keySet()).containsExactlyInAnyOrder("SSPA", "SSM");
        double sspaShare = (double) bySystem.get("SSPA") / officers.size();
        assertThat(sspaShare).isBetween(0.80, 0.90);
    }

    @Test
    void everyServiceGroupAppears() {
        assertThat(countBy(EtikaSchema.SERVICE_GROUP).keySet())
                .containsExactlyInAnyOrder("TOP_MANAGEMENT", "MANAGEMENT_PROFESSIONAL", "SUPPORT");
    }

    @Test
    void mostOfficersAreActiveAndSomeAreNot() {
        Map<String, Long> byStatus = countBy(EtikaSchema.OFFICER_STATUS);

        double activeShare = (double) byStatus.get("ACTIVE") / officers.size();
        assertThat(activeShare).isBetween(0.95, 0.99);
        assertThat(byStatus.keySet()).contains("RETIRED", "RESIGNED", "TRANSFERRED_OUT")
                .containsAnyOf("INTERDICTED", "SUSPENDED");
    }

    @Test
    void dutyStationsCoverAtLeastFifteenStates() {
        Set<String> states = countBy(EtikaSchema.DUTY_STATION_STATE).keySet();

        assertThat(states).hasSizeGreaterThanOrEqualTo(15).allMatch(code -> code.matches("MY-(0[1-9]|1[0-6])"));
    }

    @Test
    void gradeSchemeAndServiceGroupAgree() {
        assertThat(officers).allSatisfy(officer -> {
            String grade = officer.getAttributeValue(EtikaSchema.GRADE);
            String scheme = officer.getAttributeValue(EtikaSchema.SERVICE_SCHEME);
            String group = officer.getAttributeValue(EtikaSchema.SERVICE_GROUP);
            String system = officer.getAttributeValue(EtikaSchema.GRADE_SYSTEM);
            if (grade.startsWith("JUSA ")) {
                assertThat(group).isEqualTo("TOP_MANAGEMENT");
                return;
            }
            Matcher numbered = NUMBERED_GRADE.matcher(grade);
            assertThat(numbered.matches()).as("grade %s", grade).isTrue();
            assertThat(numbered.group(1)).as("scheme of %s", grade).isEqualTo(scheme);
            int number = Integer.parseInt(numbered.group(2));
            boolean professional = "SSM".equals(system) ? number >= 41 : number >= 9;
            assertThat(group).as("group of %s %s", system, grade)
                    .isEqualTo(professional ? "MANAGEMENT_PROFESSIONAL" : "SUPPORT");
            assertThat(number).as("%s grade range", system).isBetween(1, "SSM".equals(system) ? 56 : 15);
        });
    }

    @Test
    void eachTitleBelongsToOneSchemeExceptHeadsOfUnits() {
        Map<String, Set<String>> schemesByTitle = officers.stream().collect(Collectors.groupingBy(
                officer -> officer.getAttributeValue("title"),
                Collectors.mapping(officer -> officer.getAttributeValue(EtikaSchema.SERVICE_SCHEME),
                        Collectors.toSet())));

        assertThat(schemesByTitle).containsKeys("Ketua Pengarah", "Pembantu Tadbir (Perkeranian/Operasi)",
                "Pegawai Teknologi Maklumat", "Pemandu Kenderaan", "Pegawai Tadbir dan Diplomatik");
        schemesByTitle.forEach((title, schemes) -> {
            if (!title.equals("Ketua Unit") && !title.equals("Pengarah")) {
                assertThat(schemes).as("schemes of %s", title).hasSize(1);
            }
        });
    }

    @Test
    void demoLoginsSitInTheirUnits() {
        assertThat(generator.demoLogins()).extracting(DemoLogin::role, DemoLogin::login, DemoLogin::orgUnit)
                .containsExactly(
                        tuple("OFFICER", "demo.pegawai", "Bahagian Dasar dan Perancangan"),
                        tuple("HR", "demo.hr", "Unit Sumber Manusia"),
                        tuple("INTEGRITY", "demo.integriti", "Unit Integriti"),
                        tuple("INTEGRITY_HEAD", "demo.integriti", "Unit Integriti"),
                        tuple("AUDITOR", "demo.juruaudit", "Bahagian Audit Dalam"),
                        tuple("ADMIN", "demo.pentadbir", "Bahagian Teknologi Maklumat"));
        assertThat(generator.inactiveDemoLogin().login()).isEqualTo("demo.bersara");
        Entry retired = officers.stream()
                .filter(officer -> "demo.bersara".equals(officer.getAttributeValue("uid"))).findFirst().orElseThrow();
        assertThat(retired.getAttributeValue(EtikaSchema.OFFICER_STATUS)).isEqualTo("RETIRED");
        for (DemoLogin login : generator.demoLogins()) {
            Entry entry = officers.stream().filter(officer -> login.login().equals(officer.getAttributeValue("uid")))
                    .findFirst().orElseThrow();
            assertThat(entry.getAttributeValue("ou")).isEqualTo(login.orgUnit());
            assertThat(entry.getAttributeValue("cn")).isEqualTo(login.fullName());
            assertThat(entry.getAttributeValue(EtikaSchema.OFFICER_STATUS)).isEqualTo("ACTIVE");
        }
    }

    private static Map<String, Long> countBy(String attribute) {
        return officers.stream().collect(Collectors.groupingBy(officer -> officer.getAttributeValue(attribute),
                Collectors.counting()));
    }
}
