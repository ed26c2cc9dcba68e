package my.etika.ldapschema.demo;

import com.unboundid.ldap.sdk.RDN;

/**
 * Where things live under the base DN: {@code ou=people}, {@code ou=groups}, {@code ou=services}.
 */
record DirectoryLayout(String baseDn, RoleGroupNames groupNames) {

    static final String SERVICE_ACCOUNT_CN = "etika-app";

    String peopleBaseDn() {
        return "ou=people," + baseDn;
    }

    String groupsBaseDn() {
        return "ou=groups," + baseDn;
    }

    String servicesBaseDn() {
        return "ou=services," + baseDn;
    }

    String groupDn(RoleGroup group) {
        return new RDN("cn", group.cn(groupNames)) + "," + groupsBaseDn();
    }

    String serviceAccountDn() {
        return new RDN("cn", SERVICE_ACCOUNT_CN) + "," + servicesBaseDn();
    }
}
