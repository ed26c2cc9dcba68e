package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import my.etika.platform.boundary.Roles;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

class DirectorySettingsTest {

    @Test
    void everyRoleButOfficerComesFromAGroupWithADefaultName() {
        assertThat(settings(Map.of()).roleGroups())
                .containsOnlyKeys(Roles.ALL.stream().filter(role -> !role.equals(Roles.OFFICER)).toList())
                .containsEntry(Roles.INTEGRITY, "etika-integriti")
                .containsEntry(Roles.INTEGRITY_HEAD, "etika-integriti-ketua");
    }

    @Test
    void theHeadOfTheIntegrityUnitsGroupCanBeRenamed() {
        assertThat(settings(Map.of("etika.directory.group.integrity-head", " jde-ketua-integriti ")).roleGroups())
                .containsEntry(Roles.INTEGRITY_HEAD, "jde-ketua-integriti")
                .containsEntry(Roles.INTEGRITY, "etika-integriti");
    }

    /** Settings over a configuration holding only {@code values} (the dotted names). */
    private static DirectorySettings settings(Map<String, String> values) {
        DirectorySettings settings = new DirectorySettings();
        settings.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[] {Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(values.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return settings;
    }
}
