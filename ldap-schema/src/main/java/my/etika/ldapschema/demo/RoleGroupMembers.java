package my.etika.ldapschema.demo;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the member DNs of the role groups while officers stream past: the demo logins, and the active officers
 * of Unit Sumber Manusia (HR), Unit Integriti (integrity), Bahagian Audit Dalam (auditor) and the first few IT
 * officers of Bahagian Teknologi Maklumat (admin). The integrity head's group holds only its demo login, so the
 * generated integrity officers are ordinary investigators. These lists are all the generator keeps of the officers.
 */
final class RoleGroupMembers {

    private static final int ADMINS_FROM_IT_DIVISION = 3;

    private final OrgChart chart;
    private final Map<RoleGroup, List<String>> members = new EnumMap<>(RoleGroup.class);
    private int adminsFromItDivision;

    RoleGroupMembers(OrgChart chart) {
        this.chart = chart;
        for (RoleGroup group : RoleGroup.values()) {
            members.put(group, new ArrayList<>());
        }
    }

    void addDemoLogin(RoleGroup group, String dn) {
        members.get(group).add(dn);
    }

    void consider(Officer officer, String dn) {
        if (officer.status() != OfficerStatus.ACTIVE) {
            return;
        }
        OrgUnit unit = officer.unit();
        if (unit == chart.humanResources()) {
            members.get(RoleGroup.HR).add(dn);
        } else if (unit == chart.integrity()) {
            members.get(RoleGroup.INTEGRITY).add(dn);
        } else if (unit == chart.internalAudit()) {
            members.get(RoleGroup.AUDITOR).add(dn);
        } else if (unit == chart.informationTechnology() && officer.post() == PostCatalogue.IT_OFFICER
                && adminsFromItDivision < ADMINS_FROM_IT_DIVISION) {
            members.get(RoleGroup.ADMIN).add(dn);
            adminsFromItDivision++;
        }
    }

    List<String> of(RoleGroup group) {
        return members.get(group);
    }
}
