package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchScope;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import my.etika.directory.control.DirectoryAuthentication.Refusal;
import my.etika.ldapschema.demo.DemoDirectoryGenerator;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import my.etika.ldapschema.demo.DemoLogin;
import my.etika.officer.entity.OfficerStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Logins against a real (in-memory) directory holding a generated demo agency. */
class DirectoryAuthenticatorTest {

    private static final AttributeMapping ETIKA = AttributeMapping.of(MappingProfile.ETIKA, Map.of());
    private static final String SERVICE_PASSWORD = "service-" + System.nanoTime();
    private static DemoDirectoryOptions options;
    private static DemoDirectoryServer directory;

    private DirectoryGateway gateway;
    private DirectoryAuthenticator authenticator;

    @BeforeAll
    static void startDirectory() throws Exception {
        options = DemoDirectoryOptions.defaults().withOfficers(300).withIncludeEntryUuid(true)
                .withServiceAccountPassword(SERVICE_PASSWORD);
        directory = DemoDirectoryServer.start(options, 0);
    }

    @AfterAll
    static void stopDirectory() {
        directory.close();
    }

    @BeforeEach
    void connect() {
        gateway = new DirectoryGateway(config(directory.port(), Duration.ofSeconds(2)));
        authenticator = new DirectoryAuthenticator(gateway, ETIKA);
    }

    @AfterEach
    void disconnect() throws Exception {
        gateway.close();
        directory.startListening();
    }

    static DirectoryConfig config(int port, Duration timeout) {
        DemoDirectoryGenerator generator = directory.generator();
        return new DirectoryConfig(List.of("ldap://127.0.0.1:" + port), false, generator.serviceAccountDn(),
                SERVICE_PASSWORD, generator.peopleBaseDn(), generator.groupsBaseDn(), "uid", "entryUUID",
                "inetOrgPerson", "groupOfNames", "member",
                Map.of("HR", "etika-hr", "INTEGRITY", "etika-integriti", "INTEGRITY_HEAD", "etika-integriti-ketua",
                        "AUDITOR", "etika-juruaudit", "ADMIN", "etika-pentadbir"),
                timeout, timeout, 4, null, null);
    }

    private static DemoLogin demo(String role) {
        return directory.generator().demoLogins().stream().filter(l -> l.role().equals(role)).findFirst().orElseThrow();
    }

    @Test
    void theRightPasswordGivesTheOfficersProfileAndGroups() {
        DemoLogin hr = demo("HR");

        DirectoryAuthentication result = authenticator.authenticate(hr.login(), options.demoPassword());

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.profile().login()).isEqualTo(hr.login());
        assertThat(result.profile().fullName()).isEqualTo(hr.fullName());
        assertThat(result.profile().directoryId()).matches("[0-9a-f-]{36}");
        assertThat(result.profile().status()).isEqualTo(OfficerStatus.ACTIVE);
        assertThat(result.profile().grade()).isNotBlank();
        assertThat(result.profile().supervisorDn()).endsWith(directory.generator().peopleBaseDn());
        assertThat(result.groupNames()).contains("etika-hr");
    }

    @Test
    void theHeadOfTheIntegrityUnitIsInBothIntegrityGroupsAndGetsBothRoles() {
        DemoLogin head = demo("INTEGRITY");

        DirectoryAuthentication result = authenticator.authenticate(head.login(), options.demoPassword());

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.groupNames()).containsExactlyInAnyOrder("etika-integriti", "etika-integriti-ketua");
        assertThat(new RoleMapper(gateway.config()).rolesOf(result.groupNames()))
                .containsExactlyInAnyOrder("OFFICER", "INTEGRITY", "INTEGRITY_HEAD");
    }

    @Test
    void anOrdinaryInvestigatorOfTheIntegrityUnitIsNotTheHead() throws Exception {
        String headDn = directory.server().searchForEntry(directory.generator().peopleBaseDn(), SearchScope.SUB,
                Filter.createEqualityFilter("uid", demo("INTEGRITY").login())).getDN();
        String investigatorDn = Arrays.stream(directory.server().getEntry("cn=etika-integriti,"
                        + directory.generator().groupsBaseDn()).getAttributeValues("member"))
                .filter(member -> !member.equalsIgnoreCase(headDn)).findFirst().orElseThrow();
        String investigator = directory.server().getEntry(investigatorDn).getAttributeValue("uid");

        DirectoryAuthentication result = authenticator.authenticate(investigator, options.demoPassword());

        assertThat(result.isAccepted()).isTrue();
        assertThat(new RoleMapper(gateway.config()).rolesOf(result.groupNames()))
                .containsExactlyInAnyOrder("OFFICER", "INTEGRITY");
    }

    @Test
    void aLoginIsFoundWhateverItsCaseAndSurroundingSpaces() {
        DemoLogin officer = demo("OFFICER");

        DirectoryAuthentication result = authenticator.authenticate("  " + officer.login().toUpperCase() + " ",
                options.demoPassword());

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.profile().login()).isEqualTo(officer.login());
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(authenticator.authenticate(demo("OFFICER").login(), "not-the-password").refusal())
                .isEqualTo(Refusal.WRONG_PASSWORD);
    }

    @Test
    void anEmptyPasswordIsRefusedRatherThanBindingAnonymously() {
        assertThat(authenticator.authenticate(demo("OFFICER").login(), "").refusal())
                .isEqualTo(Refusal.WRONG_PASSWORD);
    }

    @Test
    void anUnknownLoginIsRefused() {
        assertThat(authenticator.authenticate("tiada.pegawai.ini", options.demoPassword()).refusal())
                .isEqualTo(Refusal.UNKNOWN_USER);
    }

    @Test
    void filterSyntaxInALoginIsEscapedNotInterpreted() {
        assertThat(authenticator.authenticate("*", options.demoPassword()).refusal()).isEqualTo(Refusal.UNKNOWN_USER);
        assertThat(authenticator.authenticate("demo*)(uid=*", options.demoPassword()).refusal())
                .isEqualTo(Refusal.UNKNOWN_USER);
    }

    @Test
    void controlCharactersAndOverlongLoginsAreRefusedWithoutAsking() {
        assertThat(authenticator.authenticate("demo.pegawai\nforged", options.demoPassword()).refusal())
                .isEqualTo(Refusal.UNKNOWN_USER);
        assertThat(authenticator.authenticate("a".repeat(129), options.demoPassword()).refusal())
                .isEqualTo(Refusal.UNKNOWN_USER);
    }

    @Test
    void anInactiveOfficerAuthenticatesButIsNotActive() {
        DemoLogin retired = directory.generator().inactiveDemoLogin();

        DirectoryAuthentication result = authenticator.authenticate(retired.login(), options.demoPassword());

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.profile().status().mayUseEtika()).isFalse();
    }

    @Test
    void aDirectoryThatIsDownIsReportedAsUnavailableAndRecoveredFrom() throws Exception {
        DemoLogin officer = demo("OFFICER");
        assertThat(authenticator.authenticate(officer.login(), options.demoPassword()).isAccepted()).isTrue();

        directory.stopListening();
        DirectoryAuthentication whileDown = authenticator.authenticate(officer.login(), options.demoPassword());
        directory.startListening();
        DirectoryAuthentication afterwards = authenticator.authenticate(officer.login(), options.demoPassword());

        assertThat(whileDown.refusal()).isEqualTo(Refusal.DIRECTORY_UNAVAILABLE);
        assertThat(afterwards.isAccepted()).isTrue();
    }

    @Test
    void aDirectoryThatWasNeverReachableIsUnavailable() {
        DirectoryGateway nowhere = new DirectoryGateway(config(1, Duration.ofMillis(500)));
        DirectoryAuthenticator unreachable = new DirectoryAuthenticator(nowhere, ETIKA);

        assertThat(unreachable.authenticate("demo.pegawai", options.demoPassword()).refusal())
                .isEqualTo(Refusal.DIRECTORY_UNAVAILABLE);
        nowhere.close();
    }
}
