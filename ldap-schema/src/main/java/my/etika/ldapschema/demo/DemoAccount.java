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
 * @param role  the Etika role it demonstrates; {@code null} for the inactive account
 * @param group the role group it belongs to, if any
 */
record DemoAccount(String role, RoleGroup group, String uid, PersonName name, Function<OrgChart, OrgUnit> unit,
                   Post post, GradeSystem gradeSystem, String grade, OfficerStatus status) {

    /** One account per Etika role, in the order the README lists them. */
    static final List<DemoAccount> ROLE_ACCOUNTS = List.of(
            new DemoAccount("OFFICER", null, "demo.pegawai",
                    new PersonName("Nur Aisyah binti Rahman", "Nur Aisyah", "Rahman"), OrgChart::policyAndPlanning,
                    ADMINISTRATIVE_OFFICER, GradeSystem.SSPA, "N9", OfficerStatus.ACTIVE),
            new DemoAccount("HR", RoleGroup.HR, "demo.hr",
                    new PersonName("Tan Mei Ling", "Mei Ling", "Tan"), OrgChart::humanResources,
                    ADMINISTRATIVE_OFFICER, GradeSystem.SSPA, "N10", OfficerStatus.ACTIVE),
            new DemoAccount("INTEGRITY", RoleGroup.INTEGRITY, "demo.integriti",
                    new PersonName("Mohd Hafiz bin Abdullah", "Mohd Hafiz", "Abdullah"), OrgChart::integrity,
                    DIPLOMATIC_ADMINISTRATIVE_OFFICER, GradeSystem.SSPA, "M10", OfficerStatus.ACTIVE),
            new DemoAccount("AUDITOR", RoleGroup.AUDITOR, "demo.juruaudit",
                    new PersonName("Kavitha a/p Muthu", "Kavitha", "Muthu"), OrgChart::internalAudit,
                    ACCOUNTANT, GradeSystem.SSPA, "W10", OfficerStatus.ACTIVE),
            new DemoAccount("ADMIN", RoleGroup.ADMIN, "demo.pentadbir",
                    new PersonName("Jason anak Nyalau", "Jason", "Nyalau"), OrgChart::informationTechnology,
                    IT_OFFICER, GradeSystem.SSPA, "F10", OfficerStatus.ACTIVE));

    /** A retired officer who stayed on SSM: shows that login is refused to an inactive officer. */
    static final DemoAccount INACTIVE = new DemoAccount("OFFICER", null, "demo.bersara",
            new PersonName("Rajesh a/l Subramaniam", "Rajesh", "Subramaniam"), OrgChart::generalAdministration,
            ASSISTANT_ADMINISTRATIVE_OFFICER, GradeSystem.SSM, "N32", OfficerStatus.RETIRED);

    static final List<DemoAccount> ALL = List.of(ROLE_ACCOUNTS.get(0), ROLE_ACCOUNTS.get(1), ROLE_ACCOUNTS.get(2),
            ROLE_ACCOUNTS.get(3), ROLE_ACCOUNTS.get(4), INACTIVE);

    DemoLogin toLogin(OrgChart chart) {
        return new DemoLogin(role, uid, name.fullName(), unit.apply(chart).name());
    }
}
