package my.etika.directory.control;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How Etika reaches and reads the agency directory. {@link #toString()} never shows the bind password.
 *
 * @param urls             one or more {@code ldap://} or {@code ldaps://} URLs, tried in order (fail-over)
 * @param startTls         upgrade plain connections with StartTLS
 * @param peopleBaseDn     where officers are searched
 * @param groupBaseDn      where role groups are searched
 * @param loginAttribute   the attribute officers log in with ({@code uid}, {@code sAMAccountName})
 * @param stableIdAttribute the directory's immutable id ({@code entryUUID}, {@code objectGUID}, {@code nsUniqueId})
 * @param roleGroups       application role → directory group name ({@code cn})
 */
public record DirectoryConfig(
        List<String> urls,
        boolean startTls,
        String bindDn,
        String bindPassword,
        String peopleBaseDn,
        String groupBaseDn,
        String loginAttribute,
        String stableIdAttribute,
        String personObjectClass,
        String groupObjectClass,
        String memberAttribute,
        Map<String, String> roleGroups,
        Duration connectTimeout,
        Duration responseTimeout,
        int maxConnections,
        String trustStorePath,
        String trustStorePassword) {

    public DirectoryConfig {
        urls = List.copyOf(urls);
        roleGroups = Map.copyOf(roleGroups);
        Objects.requireNonNull(peopleBaseDn, "peopleBaseDn");
        Objects.requireNonNull(groupBaseDn, "groupBaseDn");
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("At least one directory URL is needed");
        }
    }

    @Override
    public String toString() {
        return "DirectoryConfig[urls=" + urls + ", startTls=" + startTls + ", bindDn=" + bindDn
                + ", bindPassword=" + (bindPassword == null ? "none" : "(hidden)") + ", peopleBaseDn=" + peopleBaseDn
                + ", groupBaseDn=" + groupBaseDn + ", loginAttribute=" + loginAttribute + ", stableIdAttribute="
                + stableIdAttribute + ", roleGroups=" + roleGroups + ", connectTimeout=" + connectTimeout
                + ", responseTimeout=" + responseTimeout + ", maxConnections=" + maxConnections + ", trustStore="
                + (trustStorePath == null ? "JVM default" : trustStorePath) + "]";
    }
}
