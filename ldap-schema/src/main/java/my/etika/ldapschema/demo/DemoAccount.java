package my.etika.ldapschema.demo;

import static my.etika.ldapschema.demo.PostCatalogue.ACCOUNTANT;
import static my.etika.ldapschema.demo.PostCatalogue.ADMINISTRATIVE_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.ASSISTANT_ADMINISTRATIVE_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.DIPLOMATIC_ADMINISTRATIVE_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.IT_OFFICER;

import java.util.List;
import java.util.function.Function;

/**
 * A fixed, documented account of the demo directory, the same whatever the seed.
 *
 * @param roles  the Etika roles it demonstrates, one {@link DemoLogin} each; {@code OFFICER} for the inactive one
 * @param groups the role groups it belongs to (several give several roles), none for a plain officer
 */
record DemoAccount(List<String> roles, List<RoleGroup> groups, String uid, PersonName name,
                   Function<OrgChart, OrgUnit> unit, Post post, GradeSystem gradeSystem, String grade,
                   OfficerStatus status) {

    DemoAccount {
        roles = List.copyOf(roles);
        groups = List.copyOf(groups);
    }

    /** The accounts for trying each Etika role, in the order the README lists them. */
    static final List<DemoAccount> ROLE_ACCOUNTS = List.of(
            new DemoAccount(List.of("OFFICER"), List.of(), "demo.pegawai",
                    new PersonName("Nur Aisyah binti Rahman", "Nur Aisyah", "Rahman"), OrgChart::policyAndPlanning,
                    ADMINISTRATIVE_OFFICER, GradeSystem.SSPA, "N9", OfficerStatus.ACTIVE),
            new DemoAccount(List.of("HR"), List.of(RoleGroup.HR), "demo.hr",
                    new PersonName("Tan Mei Ling", "Mei Ling", "Tan"), OrgChart::humanResources,
                    ADMINISTRATIVE_OFFICER, GradeSystem.SSPA, "N10", OfficerStatus.ACTIVE),
            // the head of the integrity unit is an investigator too: in both groups, demo login of both roles
            new DemoAccount(List.of("INTEGRITY", "INTEGRITY_HEAD"), List.of(RoleGroup.INTEGRITY,
                    RoleGroup.INTEGRITY_HEAD), "demo.integriti",
                    new PersonName("Mohd Hafiz bin Abdullah", "Mohd Hafiz", "Abdullah"), OrgChart::integrity,
                    DIPLOMATIC_ADMINISTRATIVE_OFFICER, GradeSystem.SSPA, "M10", OfficerStatus.ACTIVE),
            new DemoAccount(List.of("AUDITOR"), List.of(RoleGroup.AUDITOR), "demo.juruaudit",
                    new PersonName("Kavitha a/p Muthu", "Kavitha", "Muthu"), OrgChart::internalAudit,
                    ACCOUNTANT, GradeSystem.SSPA, "W10", OfficerStatus.ACTIVE),
            new DemoAccount(List.of("ADMIN"), List.of(RoleGroup.ADMIN), "demo.pentadbir",
                    new PersonName("Jason anak Nyalau", "Jason", "Nyalau"), OrgChart::informationTechnology,
                    IT_OFFICER, GradeSystem.SSPA, "F10", OfficerStatus.ACTIVE));

    /** A retired officer who stayed on SSM: shows that login is refused to an inactive officer. */
    static final DemoAccount INACTIVE = new DemoAccount(List.of("OFFICER"), List.of(), "demo.bersara",
            new PersonName("Rajesh a/l Subramaniam", "Rajesh", "Subramaniam"), OrgChart::generalAdministration,
            ASSISTANT_ADMINISTRATIVE_OFFICER, GradeSystem.SSM, "N32", OfficerStatus.RETIRED);

    static final List<DemoAccount> ALL = List.of(ROLE_ACCOUNTS.get(0), ROLE_ACCOUNTS.get(1), ROLE_ACCOUNTS.get(2),
            ROLE_ACCOUNTS.get(3), ROLE_ACCOUNTS.get(4), INACTIVE);

    /** One login per role it demonstrates, all of them this account. */
    List<DemoLogin> toLogins(OrgChart chart) {
        String orgUnit = unit.apply(chart).name();
        return roles.stream().map(role -> new DemoLogin(role, uid, name.fullName(), orgUnit)).toList();
    }
}
