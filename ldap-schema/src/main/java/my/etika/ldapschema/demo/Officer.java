package my.etika.ldapschema.demo;

import com.unboundid.ldap.sdk.RDN;

/**
 * The drawn facts about one officer, before they become an entry.
 *
 * @param identity logical identity the officer's randomness and entryUUID derive from
 * @param serial   number behind the employee number and position code; unique in the directory
 */
record Officer(String identity, int serial, String uid, PersonName name, OrgUnit unit, Post post,
               GradeSystem gradeSystem, String grade, OfficerStatus status, String telephone) {

    String dn() {
        return new RDN("uid", uid) + "," + unit.dn();
    }
}
