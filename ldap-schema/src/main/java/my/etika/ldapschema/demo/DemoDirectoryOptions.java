package my.etika.ldapschema.demo;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Properties;

/**
 * What the demo directory generator produces. The same value always yields the same LDIF bytes.
 *
 * @param officers               number of generated officers, unit heads included (the fixed demo logins come on
 *                               top)
 * @param seed                   seed of every random draw
 * @param baseDn                 naming context; must start with {@code dc=} or {@code o=}
 * @param mailDomain             domain of every {@code mail}; keep it under {@code .example} for demos
 * @param agencyCode             {@code etikaAgencyCode}, prefix of employee numbers and unit codes
 * @param agencyName             {@code o} of every officer
 * @param groupNames             {@code cn} of the role groups
 * @param demoPassword           every officer's password, stored as {SSHA}; {@code null} for no userPassword
 * @param includeEntryUuid       write deterministic {@code entryUUID} values (OpenLDAP refuses them on ldapadd)
 * @param serviceAccountPassword password of {@code cn=etika-app,ou=services}; {@code null} for no service account
 */
public record DemoDirectoryOptions(int officers, long seed, String baseDn, String mailDomain, String agencyCode,
                                   String agencyName, RoleGroupNames groupNames, String demoPassword,
                                   boolean includeEntryUuid, String serviceAccountPassword) {

    private static final String DEFAULTS_RESOURCE = "demo-defaults.properties";

    public DemoDirectoryOptions {
        if (officers < 0) {
            throw new IllegalArgumentException("officers must not be negative: " + officers);
        }
        Objects.requireNonNull(mailDomain, "mailDomain");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(agencyName, "agencyName");
        Objects.requireNonNull(groupNames, "groupNames");
        requireDcOrOBaseDn(baseDn);
    }

    /** The options in {@code demo-defaults.properties}: 2,000 officers, seed 2026, {@code dc=jde,dc=example}. */
    public static DemoDirectoryOptions defaults() {
        Properties properties = new Properties();
        try (InputStream in = DemoDirectoryOptions.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + DEFAULTS_RESOURCE);
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + DEFAULTS_RESOURCE, e);
        }
        return new DemoDirectoryOptions(
                Integer.parseInt(required(properties, "demo.officers")),
                Long.parseLong(required(properties, "demo.seed")),
                required(properties, "demo.base-dn"),
                required(properties, "demo.mail-domain"),
                required(properties, "demo.agency.code"),
                required(properties, "demo.agency.name"),
                new RoleGroupNames(
                        required(properties, "demo.group.hr"),
                        required(properties, "demo.group.integrity"),
                        required(properties, "demo.group.integrity-head"),
                        required(properties, "demo.group.auditor"),
                        required(properties, "demo.group.admin")),
                emptyAsNull(properties.getProperty("demo.password")),
                true,
                emptyAsNull(properties.getProperty("demo.service-account.password")));
    }

    public DemoDirectoryOptions withOfficers(int newOfficers) {
        return new DemoDirectoryOptions(newOfficers, seed, baseDn, mailDomain, agencyCode, agencyName, groupNames,
                demoPassword, includeEntryUuid, serviceAccountPassword);
    }

    public DemoDirectoryOptions withSeed(long newSeed) {
        return new DemoDirectoryOptions(officers, newSeed, baseDn, mailDomain, agencyCode, agencyName, groupNames,
                demoPassword, includeEntryUuid, serviceAccountPassword);
    }

    public DemoDirectoryOptions withBaseDn(String newBaseDn) {
        return new DemoDirectoryOptions(officers, seed, newBaseDn, mailDomain, agencyCode, agencyName, groupNames,
                demoPassword, includeEntryUuid, serviceAccountPassword);
    }

    public DemoDirectoryOptions withDemoPassword(String newDemoPassword) {
        return new DemoDirectoryOptions(officers, seed, baseDn, mailDomain, agencyCode, agencyName, groupNames,
                newDemoPassword, includeEntryUuid, serviceAccountPassword);
    }

    public DemoDirectoryOptions withIncludeEntryUuid(boolean newIncludeEntryUuid) {
        return new DemoDirectoryOptions(officers, seed, baseDn, mailDomain, agencyCode, agencyName, groupNames,
                demoPassword, newIncludeEntryUuid, serviceAccountPassword);
    }

    public DemoDirectoryOptions withServiceAccountPassword(String newServiceAccountPassword) {
        return new DemoDirectoryOptions(officers, seed, baseDn, mailDomain, agencyCode, agencyName, groupNames,
                demoPassword, includeEntryUuid, newServiceAccountPassword);
    }

    /** Like the record's, but never shows a password (options end up in logs). */
    @Override
    public String toString() {
        return "DemoDirectoryOptions[officers=" + officers + ", seed=" + seed + ", baseDn=" + baseDn
                + ", mailDomain=" + mailDomain + ", agencyCode=" + agencyCode + ", agencyName=" + agencyName
                + ", groupNames=" + groupNames + ", demoPassword=" + mask(demoPassword)
                + ", includeEntryUuid=" + includeEntryUuid
                + ", serviceAccountPassword=" + mask(serviceAccountPassword) + "]";
    }

    private static void requireDcOrOBaseDn(String baseDn) {
        Objects.requireNonNull(baseDn, "baseDn");
        try {
            DN dn = new DN(baseDn);
            if (dn.isNullDN()
                    || !(dn.getRDN().hasAttribute("dc") || dn.getRDN().hasAttribute("o"))
                    || dn.getRDN().isMultiValued()) {
                throw new IllegalArgumentException("Base DN must start with a single dc= or o= RDN: " + baseDn);
            }
        } catch (LDAPException e) {
            throw new IllegalArgumentException("Not a valid DN: " + baseDn, e);
        }
    }

    private static String required(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing " + key + " in " + DEFAULTS_RESOURCE);
        }
        return value.trim();
    }

    private static String emptyAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String mask(String secret) {
        return secret == null ? "none" : "****";
    }
}
