package my.etika.ldapschema.demo;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import java.util.List;
import java.util.Random;
import my.etika.ldapschema.EtikaSchema;

/**
 * Turns the org chart, officers, groups and the service account into LDAP entries, adding the password hash and
 * entryUUID the options ask for.
 */
final class DirectoryEntries {

    private final DemoDirectoryOptions options;
    private final SeededIdentities identities;
    private final SshaPasswords passwords = new SshaPasswords();

    DirectoryEntries(DemoDirectoryOptions options, SeededIdentities identities) {
        this.options = options;
        this.identities = identities;
    }

    Entry base() {
        Entry entry = new Entry(options.baseDn());
        RDN rdn = parse(options.baseDn()).getRDN();
        if (rdn.hasAttribute("dc")) {
            entry.addAttribute("objectClass", "top", "dcObject", "organization");
            entry.addAttribute("dc", rdn.getAttributeValues()[0]);
            entry.addAttribute("o", options.agencyName());
        } else {
            entry.addAttribute("objectClass", "top", "organization");
            entry.addAttribute("o", rdn.getAttributeValues()[0]);
            entry.addAttribute("description", options.agencyName());
        }
        return withEntryUuid(entry, "base");
    }

    Entry container(String dn, String ou, String description) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "organizationalUnit");
        entry.addAttribute("ou", ou);
        entry.addAttribute("description", description);
        return withEntryUuid(entry, "container:" + ou);
    }

    /** The description holds the unit code that officers carry as departmentNumber. */
    Entry orgUnit(OrgUnit unit) {
        Entry entry = new Entry(unit.dn());
        entry.addAttribute("objectClass", "top", "organizationalUnit");
        entry.addAttribute("ou", unit.name());
        entry.addAttribute("description", departmentNumber(unit));
        entry.addAttribute("l", unit.station().city());
        entry.addAttribute("st", unit.station().stateName());
        return withEntryUuid(entry, "ou:" + unit.code());
    }

    /**
     * @param managerDn  DN of the officer's superior, or {@code null} for the head of the agency
     * @param saltSource the officer's random, used last so that passwords on or off change nothing else
     */
    Entry officer(Officer officer, String managerDn, Random saltSource) {
        Entry entry = new Entry(officer.dn());
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson",
                EtikaSchema.OBJECT_CLASS);
        entry.addAttribute("uid", officer.uid());
        entry.addAttribute("cn", officer.name().fullName());
        entry.addAttribute("sn", officer.name().surname());
        entry.addAttribute("givenName", officer.name().givenName());
        entry.addAttribute("displayName", officer.name().fullName());
        entry.addAttribute("mail", officer.uid() + "@" + options.mailDomain());
        entry.addAttribute("employeeNumber", options.agencyCode() + sixDigits(officer.serial()));
        entry.addAttribute("title", officer.post().title());
        entry.addAttribute("ou", officer.unit().name());
        entry.addAttribute("departmentNumber", departmentNumber(officer.unit()));
        entry.addAttribute("o", options.agencyName());
        entry.addAttribute("l", officer.unit().station().city());
        entry.addAttribute("telephoneNumber", officer.telephone());
        entry.addAttribute("preferredLanguage", "ms");
        if (managerDn != null) {
            entry.addAttribute("manager", managerDn);
        }
        entry.addAttribute(EtikaSchema.GRADE, officer.grade());
        entry.addAttribute(EtikaSchema.GRADE_SYSTEM, officer.gradeSystem().name());
        entry.addAttribute(EtikaSchema.SERVICE_SCHEME, officer.post().scheme());
        entry.addAttribute(EtikaSchema.SERVICE_GROUP, officer.post().group().name());
        entry.addAttribute(EtikaSchema.POSITION_CODE,
                departmentNumber(officer.unit()) + "-" + sixDigits(officer.serial()));
        entry.addAttribute(EtikaSchema.AGENCY_CODE, options.agencyCode());
        entry.addAttribute(EtikaSchema.DUTY_STATION_STATE, officer.unit().station().isoCode());
        entry.addAttribute(EtikaSchema.OFFICER_STATUS, officer.status().name());
        if (options.demoPassword() != null) {
            entry.addAttribute("userPassword", passwords.hash(options.demoPassword(), saltSource));
        }
        return withEntryUuid(entry, officer.identity());
    }

    Entry roleGroup(String dn, RoleGroup group, List<String> memberDns) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "groupOfNames");
        entry.addAttribute("cn", group.cn(options.groupNames()));
        entry.addAttribute("description", group.description());
        entry.addAttribute("member", memberDns);
        return withEntryUuid(entry, "group:" + group.name());
    }

    Entry serviceAccount(String dn, String password, Random saltSource) {
        Entry entry = new Entry(dn);
        entry.addAttribute("objectClass", "top", "applicationProcess", "simpleSecurityObject");
        entry.addAttribute("cn", parse(dn).getRDN().getAttributeValues()[0]);
        entry.addAttribute("description", "Akaun perkhidmatan aplikasi Etika untuk bind dan carian direktori");
        entry.addAttribute("userPassword", passwords.hash(password, saltSource));
        return withEntryUuid(entry, "service-account");
    }

    private Entry withEntryUuid(Entry entry, String identity) {
        if (options.includeEntryUuid()) {
            entry.addAttribute("entryUUID", identities.entryUuid(identity).toString());
        }
        return entry;
    }

    private String departmentNumber(OrgUnit unit) {
        return options.agencyCode() + "-" + unit.code();
    }

    private static String sixDigits(int serial) {
        String digits = Integer.toString(serial);
        return digits.length() >= 6 ? digits : "000000".substring(digits.length()) + digits;
    }

    private static DN parse(String dn) {
        try {
            return new DN(dn);
        } catch (LDAPException e) {
            throw new IllegalArgumentException("Not a valid DN: " + dn, e);
        }
    }
}
