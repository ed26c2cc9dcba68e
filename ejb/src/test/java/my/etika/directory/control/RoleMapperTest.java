package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleMapperTest {

    private final RoleMapper roles = new RoleMapper(new DirectoryConfig(List.of("ldap://127.0.0.1:389"), false, null,
            null, "ou=people,dc=x", "ou=groups,dc=x", "uid", "entryUUID", "inetOrgPerson", "groupOfNames", "member",
            Map.of("HR", "etika-hr", "INTEGRITY", "etika-integriti", "INTEGRITY_HEAD", "etika-integriti-ketua",
                    "AUDITOR", "etika-juruaudit", "ADMIN", "jabatan-pentadbir-sistem"),
            Duration.ofSeconds(1), Duration.ofSeconds(1), 1, null, null));

    @Test
    void everyOfficerIsAnOfficer() {
        assertThat(roles.rolesOf(List.of())).containsExactly("OFFICER");
    }

    @Test
    void configuredGroupNamesGiveTheirRolesIgnoringCase() {
        assertThat(roles.rolesOf(List.of("ETIKA-HR", "jabatan-pentadbir-sistem", "unrelated")))
                .containsExactlyInAnyOrder("OFFICER", "HR", "ADMIN");
    }

    @Test
    void theHeadOfTheIntegrityUnitIsInBothGroupsAndGetsBothRoles() {
        assertThat(roles.rolesOf(List.of("etika-integriti", "etika-integriti-ketua")))
                .containsExactlyInAnyOrder("OFFICER", "INTEGRITY", "INTEGRITY_HEAD");
    }

    @Test
    void eachGroupGivesOnlyItsOwnRole() {
        assertThat(roles.rolesOf(List.of("etika-integriti"))).containsExactlyInAnyOrder("OFFICER", "INTEGRITY");
        assertThat(roles.rolesOf(List.of("ETIKA-INTEGRITI-KETUA")))
                .containsExactlyInAnyOrder("OFFICER", "INTEGRITY_HEAD");
    }

    @Test
    void aDefaultNameDoesNotGrantARoleWhoseGroupWasRenamed() {
        assertThat(roles.rolesOf(List.of("etika-pentadbir"))).containsExactly("OFFICER");
    }
}
