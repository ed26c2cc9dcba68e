package my.etika.ldapschema.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DemoDirectoryOptionsTest {

    @Test
    void defaultsComeFromThePropertiesFile() {
        DemoDirectoryOptions defaults = DemoDirectoryOptions.defaults();

        assertThat(defaults.officers()).isEqualTo(2000);
        assertThat(defaults.seed()).isEqualTo(2026L);
        assertThat(defaults.baseDn()).isEqualTo("dc=jde,dc=example");
        assertThat(defaults.mailDomain()).isEqualTo("jde.example");
        assertThat(defaults.agencyCode()).isEqualTo("JDE");
        assertThat(defaults.agencyName()).isEqualTo("Jabatan Demo Etika");
        assertThat(defaults.groupNames()).isEqualTo(RoleGroupNames.defaults());
        assertThat(defaults.groupNames().integrityHead()).isEqualTo("etika-integriti-ketua");
        assertThat(defaults.demoPassword()).isEqualTo("etika-demo-2026");
        assertThat(defaults.includeEntryUuid()).isTrue();
        assertThat(defaults.serviceAccountPassword()).isNotBlank();
    }

    @Test
    void copyMethodsChangeOneComponent() {
        DemoDirectoryOptions defaults = DemoDirectoryOptions.defaults();

        assertThat(defaults.withOfficers(7).officers()).isEqualTo(7);
        assertThat(defaults.withSeed(9).seed()).isEqualTo(9L);
        assertThat(defaults.withDemoPassword(null).demoPassword()).isNull();
        assertThat(defaults.withIncludeEntryUuid(false).includeEntryUuid()).isFalse();
        assertThat(defaults.withServiceAccountPassword(null).serviceAccountPassword()).isNull();
        assertThat(defaults.withBaseDn("o=demo").baseDn()).isEqualTo("o=demo");
        assertThat(defaults.withOfficers(7).withOfficers(defaults.officers())).isEqualTo(defaults);
    }

    @Test
    void toStringHidesPasswords() {
        String text = DemoDirectoryOptions.defaults().toString();

        assertThat(text).contains("officers=2000").doesNotContain("etika-demo-2026")
                .doesNotContain(DemoDirectoryOptions.defaults().serviceAccountPassword());
    }

    @Test
    void refusesABaseDnItCannotBuildARootEntryFor() {
        DemoDirectoryOptions defaults = DemoDirectoryOptions.defaults();

        assertThatThrownBy(() -> defaults.withBaseDn("ou=people,dc=jde,dc=example"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withBaseDn("not a dn")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> defaults.withOfficers(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
