package my.etika.ldapschema.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Entry;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDirectoryDeterminismTest {

    private static final DemoDirectoryOptions DEFAULTS = DemoDirectoryOptions.defaults();

    @Test
    void sameOptionsGiveIdenticalBytes() {
        byte[] first = GeneratedDirectory.ldif(DEFAULTS);
        byte[] second = GeneratedDirectory.ldif(DemoDirectoryOptions.defaults());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void aDifferentSeedGivesADifferentDirectory() {
        assertThat(GeneratedDirectory.ldif(DEFAULTS.withSeed(DEFAULTS.seed() + 1)))
                .isNotEqualTo(GeneratedDirectory.ldif(DEFAULTS));
    }

    @Test
    void officersKeepTheirEntryAndEntryUuidWhenTheDirectoryGrows() {
        List<Entry> small = GeneratedDirectory.officers(GeneratedDirectory.parse(GeneratedDirectory.ldif(DEFAULTS)));
        Map<String, Entry> largeByEmployeeNumber = GeneratedDirectory.officers(
                        GeneratedDirectory.parse(GeneratedDirectory.ldif(DEFAULTS.withOfficers(3000))))
                .stream().collect(Collectors.toMap(entry -> entry.getAttributeValue("employeeNumber"),
                        Function.identity()));

        assertThat(largeByEmployeeNumber).hasSize(3000 + 6);
        assertThat(small).hasSize(2000 + 6).allSatisfy(officer -> {
            Entry sameOfficer = largeByEmployeeNumber.get(officer.getAttributeValue("employeeNumber"));
            assertThat(sameOfficer).isEqualTo(officer);
            assertThat(sameOfficer.getAttributeValue("entryUUID")).isEqualTo(officer.getAttributeValue("entryUUID"));
        });
    }

    @Test
    void passwordsAndEntryUuidsCanBeLeftOutWithoutChangingAnythingElse() {
        List<Entry> full = GeneratedDirectory.parse(GeneratedDirectory.ldif(DEFAULTS));
        List<Entry> bare = GeneratedDirectory.parse(GeneratedDirectory.ldif(
                DEFAULTS.withDemoPassword(null).withIncludeEntryUuid(false).withServiceAccountPassword(null)));

        assertThat(bare).noneMatch(entry -> entry.hasAttribute("userPassword") || entry.hasAttribute("entryUUID"));
        List<Entry> fullWithoutSecrets = full.stream()
                .filter(entry -> !entry.getDN().endsWith("ou=services," + DEFAULTS.baseDn())
                        && !entry.getDN().equals("ou=services," + DEFAULTS.baseDn()))
                .map(entry -> {
                    Entry copy = entry.duplicate();
                    copy.removeAttribute("userPassword");
                    copy.removeAttribute("entryUUID");
                    return copy;
                })
                .toList();
        assertThat(bare).isEqualTo(fullWithoutSecrets);
    }
}
