package my.etika.ldapschema.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.Base64PasswordEncoderOutputFormatter;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.listener.SaltedMessageDigestInMemoryPasswordEncoder;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldif.LDIFReader;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import my.etika.ldapschema.EtikaSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The default demo directory loads, with schema checking on, into the UnboundID in-memory server the Etika demo
 * runs on, and behaves as a directory should.
 */
class DemoDirectoryLoadTest {

    private static final DemoDirectoryOptions OPTIONS = DemoDirectoryOptions.defaults();

    private static DemoDirectoryGenerator generator;
    private static List<Entry> generated;
    private static InMemoryDirectoryServer server;
    private static int imported;

    @BeforeAll
    static void loadDefaultDirectory() throws Exception {
        generator = new DemoDirectoryGenerator(OPTIONS);
        byte[] ldif = GeneratedDirectory.ldif(OPTIONS);
        generated = GeneratedDirectory.parse(ldif);

        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(OPTIONS.baseDn());
        config.setSchema(EtikaSchema.standardWithEtika());
        config.setPasswordEncoders(new SaltedMessageDigestInMemoryPasswordEncoder("{SSHA}",
                Base64PasswordEncoderOutputFormatter.getInstance(), MessageDigest.getInstance("SHA-1"),
                SshaPasswords.SALT_LENGTH, true, true));
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("loopback",
                InetAddress.getLoopbackAddress(), 0, null));
        server = new InMemoryDirectoryServer(config);
        try (LDIFReader reader = new LDIFReader(new ByteArrayInputStream(ldif))) {
            imported = server.importFromLDIF(true, reader);
        }
        server.startListening();
    }

    @AfterAll
    static void shutDown() {
        server.shutDown(true);
    }

    @Test
    void everyGeneratedEntryIsAccepted() throws LDAPException {
        assertThat(generated).hasSize(2 + 58 + OPTIONS.officers() + 6 + 1 + 5 + 2);
        assertThat(imported).isEqualTo(generated.size());
        assertThat(server.countEntriesBelow(OPTIONS.baseDn())).isEqualTo(generated.size());
    }

    @Test
    void schemaCheckingIsOnAndEnforcesTheEtikaSchema() throws Exception {
        Entry twoGrades = new Entry("uid=test.twogrades," + generator.peopleBaseDn(),
                new Attribute("objectClass", "top", "person", "organizationalPerson",
                        "inetOrgPerson", EtikaSchema.OBJECT_CLASS),
                new Attribute("uid", "test.twogrades"),
                new Attribute("cn", "Test Two Grades"),
                new Attribute("sn", "Grades"),
                new Attribute(EtikaSchema.GRADE, "N1", "N2"));
        Entry undeclared = new Entry("uid=test.undeclared," + generator.peopleBaseDn(),
                new Attribute("objectClass", "top", "person", "organizationalPerson",
                        "inetOrgPerson"),
                new Attribute("uid", "test.undeclared"),
                new Attribute("cn", "Test Undeclared"),
                new Attribute("sn", "Undeclared"),
                new Attribute(EtikaSchema.GRADE, "N1"));

        try (LDAPConnection connection = server.getConnection()) {
            assertThatThrownBy(() -> connection.add(twoGrades)).isInstanceOf(LDAPException.class);
            assertThatThrownBy(() -> connection.add(undeclared))
                    .isInstanceOf(LDAPException.class)
                    .extracting(e -> ((LDAPException) e).getResultCode())
                    .isEqualTo(ResultCode.OBJECT_CLASS_VIOLATION);
        }
    }

    @Test
    void demoOfficerBindsWithTheDemoPasswordOnly() throws Exception {
        String officerDn = dnOfUid(generator.demoLogins().get(0).login());

        try (LDAPConnection connection = server.getConnection()) {
            assertThat(connection.bind(officerDn, OPTIONS.demoPassword()).getResultCode())
                    .isEqualTo(ResultCode.SUCCESS);
            assertThatThrownBy(() -> connection.bind(officerDn, OPTIONS.demoPassword() + "-wrong"))
                    .isInstanceOf(LDAPException.class)
                    .extracting(e -> ((LDAPException) e).getResultCode())
                    .isEqualTo(ResultCode.INVALID_CREDENTIALS);
        }
    }

    @Test
    void serviceAccountBindsWithItsOwnPassword() throws Exception {
        try (LDAPConnection connection = server.getConnection()) {
            assertThat(connection.bind(generator.serviceAccountDn(), OPTIONS.serviceAccountPassword())
                    .getResultCode()).isEqualTo(ResultCode.SUCCESS);
            assertThatThrownBy(() -> connection.bind(generator.serviceAccountDn(), OPTIONS.demoPassword()))
                    .isInstanceOf(LDAPException.class);
        }
    }

    @Test
    void everyManagerExistsAndOnlyTheKetuaPengarahHasNone() throws Exception {
        List<SearchResultEntry> officers = searchOfficers("manager", "title");
        Set<DN> officerDns = new HashSet<>();
        for (SearchResultEntry officer : officers) {
            officerDns.add(officer.getParsedDN());
        }

        List<SearchResultEntry> withoutManager = officers.stream()
                .filter(officer -> officer.getAttributeValue("manager") == null).toList();
        assertThat(withoutManager).extracting(officer -> officer.getAttributeValue("title"))
                .containsExactly("Ketua Pengarah");
        for (SearchResultEntry officer : officers) {
            String manager = officer.getAttributeValue("manager");
            if (manager != null) {
                assertThat(officerDns).as("manager of %s", officer.getDN()).contains(new DN(manager));
            }
        }
    }

    @Test
    void uidsMailsAndEmployeeNumbersAreUnique() throws Exception {
        List<SearchResultEntry> officers = searchOfficers("uid", "mail", "employeeNumber");

        assertThat(officers).hasSize(OPTIONS.officers() + 6);
        for (String attribute : List.of("uid", "mail", "employeeNumber")) {
            List<String> values = officers.stream().map(officer -> officer.getAttributeValue(attribute)).toList();
            assertThat(values).as(attribute).doesNotContainNull().doesNotHaveDuplicates();
        }
        assertThat(officers).allSatisfy(officer -> assertThat(officer.getAttributeValue("mail"))
                .isEqualTo(officer.getAttributeValue("uid") + "@" + OPTIONS.mailDomain()));
    }

    @Test
    void theFiveRoleGroupsExistWithExistingMembersIncludingTheirDemoLogin() throws Exception {
        RoleGroupNames names = OPTIONS.groupNames();
        Map<String, String> demoLoginByGroup = Map.of(names.hr(), "demo.hr", names.integrity(), "demo.integriti",
                names.integrityHead(), "demo.integriti", names.auditor(), "demo.juruaudit",
                names.admin(), "demo.pentadbir");
        try (LDAPConnection connection = server.getConnection()) {
            List<SearchResultEntry> groups = connection.search(generator.groupsBaseDn(), SearchScope.ONE,
                    "(objectClass=groupOfNames)", "cn", "member").getSearchEntries();

            assertThat(groups).extracting(group -> group.getAttributeValue("cn"))
                    .containsExactlyInAnyOrderElementsOf(demoLoginByGroup.keySet());
            for (SearchResultEntry group : groups) {
                String[] members = group.getAttributeValues("member");
                if (!group.getAttributeValue("cn").equals(names.integrityHead())) {
                    assertThat(members).as("members of %s", group.getDN()).hasSizeGreaterThan(1);
                }
                for (String member : members) {
                    assertThat(connection.getEntry(member)).as("member %s", member).isNotNull();
                }
                assertThat(members).contains(dnOfUid(demoLoginByGroup.get(group.getAttributeValue("cn"))));
            }
        }
    }

    @Test
    void theHeadOfTheIntegrityUnitAloneIsInTheHeadGroupAndAlsoAnInvestigator() throws Exception {
        RoleGroupNames names = OPTIONS.groupNames();
        String head = dnOfUid("demo.integriti");
        try (LDAPConnection connection = server.getConnection()) {
            SearchResultEntry headGroup = connection.getEntry("cn=" + names.integrityHead() + ","
                    + generator.groupsBaseDn(), "member", "description");
            List<String> investigators = List.of(connection.getEntry("cn=" + names.integrity() + ","
                    + generator.groupsBaseDn(), "member").getAttributeValues("member"));
            List<String> groupsOfTheHead = connection.search(generator.groupsBaseDn(), SearchScope.ONE,
                            Filter.createEqualityFilter("member", head), "cn").getSearchEntries().stream()
                    .map(group -> group.getAttributeValue("cn")).toList();

            assertThat(headGroup.getAttributeValue("description")).isEqualTo("Peranan Etika: Ketua Unit Integriti");
            assertThat(headGroup.getAttributeValues("member")).containsExactly(head);
            assertThat(investigators).contains(head).hasSizeGreaterThan(2);
            assertThat(groupsOfTheHead).containsExactlyInAnyOrder(names.integrity(), names.integrityHead());
            for (String investigator : investigators) {
                if (!investigator.equals(head)) {
                    assertThat(connection.getEntry(investigator).getAttributeValue("ou")).as(investigator)
                            .isEqualTo("Unit Integriti");
                }
            }
        }
    }

    @Test
    void entryUuidsAreTheOnesInTheLdif() throws Exception {
        Map<DN, String> expected = new HashMap<>();
        for (Entry entry : generated) {
            assertThat(entry.getAttributeValue("entryUUID")).as("entryUUID of %s", entry.getDN()).isNotNull();
            expected.put(entry.getParsedDN(), entry.getAttributeValue("entryUUID"));
        }
        try (LDAPConnection connection = server.getConnection()) {
            List<SearchResultEntry> all = connection.search(OPTIONS.baseDn(), SearchScope.SUB, "(objectClass=*)",
                    "entryUUID").getSearchEntries();
            Map<DN, String> actual = new HashMap<>();
            for (SearchResultEntry entry : all) {
                actual.put(entry.getParsedDN(), entry.getAttributeValue("entryUUID"));
            }

            assertThat(actual).isEqualTo(expected);
        }
        assertThat(expected.values().stream().collect(Collectors.toSet())).hasSize(expected.size());
    }

    private static List<SearchResultEntry> searchOfficers(String... attributes) throws LDAPException {
        try (LDAPConnection connection = server.getConnection()) {
            return connection.search(generator.peopleBaseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("objectClass", EtikaSchema.OBJECT_CLASS), attributes)
                    .getSearchEntries();
        }
    }

    private static String dnOfUid(String uid) throws LDAPException {
        try (LDAPConnection connection = server.getConnection()) {
            SearchResultEntry entry = connection.searchForEntry(generator.peopleBaseDn(), SearchScope.SUB,
                    Filter.createEqualityFilter("uid", uid));
            assertThat(entry).as("entry of uid %s", uid).isNotNull();
            return entry.getDN();
        }
    }
}
