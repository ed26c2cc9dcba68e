package my.etika.ldapschema.demo;

import com.unboundid.ldap.sdk.Entry;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;

/**
 * One pass of the generator: emits every entry in add order (parents before children) and keeps only the state a
 * later entry needs: the DN of each unit's head (for {@code manager}), login counters and role-group members.
 */
final class GenerationRun {

    private static final int SSPA_PERCENT = 85;
    private static final int FIRST_OFFICER_SERIAL = 1001;
    private static final int FIRST_DEMO_SERIAL = 901;

    private final DemoDirectoryOptions options;
    private final OrgChart chart;
    private final DirectoryLayout layout;
    private final Consumer<Entry> sink;
    private final SeededIdentities identities;
    private final DirectoryEntries entries;
    private final UidAllocator uids = new UidAllocator();
    private final RoleGroupMembers groupMembers;
    private final String[] headDnByUnit;
    private String agencyHeadDn;

    GenerationRun(DemoDirectoryOptions options, OrgChart chart, DirectoryLayout layout, Consumer<Entry> sink) {
        this.options = options;
        this.chart = chart;
        this.layout = layout;
        this.sink = sink;
        this.identities = new SeededIdentities(options.seed());
        this.entries = new DirectoryEntries(options, identities);
        this.groupMembers = new RoleGroupMembers(chart);
        this.headDnByUnit = new String[chart.units().size()];
    }

    void run() {
        sink.accept(entries.base());
        sink.accept(entries.container(layout.peopleBaseDn(), "people", "Pegawai " + options.agencyName()));
        chart.units().forEach(unit -> sink.accept(entries.orgUnit(unit)));
        DemoAccount.ALL.forEach(account -> uids.reserve(account.uid()));

        List<OrgChart.KeyAppointment> keyAppointments = chart.keyAppointments();
        int keyCount = Math.min(options.officers(), keyAppointments.size());
        for (int index = 0; index < keyCount; index++) {
            emitKeyAppointment(index, keyAppointments.get(index));
        }
        for (int i = 0; i < DemoAccount.ALL.size(); i++) {
            emitDemoAccount(FIRST_DEMO_SERIAL + i, DemoAccount.ALL.get(i));
        }
        for (int index = keyAppointments.size(); index < options.officers(); index++) {
            emitRegularOfficer(index);
        }

        sink.accept(entries.container(layout.groupsBaseDn(), "groups", "Kumpulan peranan aplikasi Etika"));
        for (RoleGroup group : RoleGroup.values()) {
            sink.accept(entries.roleGroup(layout.groupDn(group), group, groupMembers.of(group)));
        }
        if (options.serviceAccountPassword() != null) {
            sink.accept(entries.container(layout.servicesBaseDn(), "services", "Akaun perkhidmatan aplikasi"));
            sink.accept(entries.serviceAccount(layout.serviceAccountDn(), options.serviceAccountPassword(),
                    identities.random("service-account")));
        }
    }

    private void emitKeyAppointment(int index, OrgChart.KeyAppointment appointment) {
        String identity = officerIdentity(index);
        Random random = identities.random(identity);
        OrgUnit unit = appointment.unit();
        GradeSystem system = drawGradeSystem(random);
        String grade = appointment.post().drawGrade(system, random);
        PersonName name = NameCommunity.drawFor(unit.station(), random).draw(random);
        Officer officer = new Officer(identity, FIRST_OFFICER_SERIAL + index, uids.allocate(name.uidBase()), name,
                unit, appointment.post(), system, grade, OfficerStatus.ACTIVE, unit.station().drawTelephone(random));
        String manager = managerOf(unit, appointment.head());
        String dn = officer.dn();
        if (appointment.head()) {
            headDnByUnit[unit.index()] = dn;
            if (unit == chart.directorGeneralOffice()) {
                agencyHeadDn = dn;
            }
        }
        emit(officer, dn, manager, random);
    }

    private void emitDemoAccount(int serial, DemoAccount account) {
        String identity = "demo:" + account.uid();
        Random random = identities.random(identity);
        OrgUnit unit = account.unit().apply(chart);
        Officer officer = new Officer(identity, serial, account.uid(), account.name(), unit, account.post(),
                account.gradeSystem(), account.grade(), account.status(), unit.station().drawTelephone(random));
        String dn = officer.dn();
        account.groups().forEach(group -> groupMembers.addDemoLogin(group, dn));
        sink.accept(entries.officer(officer, managerOf(unit, false), random));
    }

    private void emitRegularOfficer(int index) {
        String identity = officerIdentity(index);
        Random random = identities.random(identity);
        OrgUnit unit = chart.drawUnit(random);
        Post post = unit.posts().pick(random);
        GradeSystem system = drawGradeSystem(random);
        String grade = post.drawGrade(system, random);
        OfficerStatus status = OfficerStatus.draw(random);
        PersonName name = NameCommunity.drawFor(unit.station(), random).draw(random);
        Officer officer = new Officer(identity, FIRST_OFFICER_SERIAL + index, uids.allocate(name.uidBase()), name,
                unit, post, system, grade, status, unit.station().drawTelephone(random));
        emit(officer, officer.dn(), managerOf(unit, false), random);
    }

    private void emit(Officer officer, String dn, String managerDn, Random random) {
        groupMembers.consider(officer, dn);
        sink.accept(entries.officer(officer, managerDn, random));
    }

    /**
     * A unit's members report to its head; a head reports to the nearest head above; whoever finds no head above
     * (division and state directors, under units without heads) reports to the Ketua Pengarah, who has none.
     */
    private String managerOf(OrgUnit unit, boolean isHeadOfUnit) {
        Optional<OrgUnit> candidate = isHeadOfUnit ? unit.parent() : Optional.of(unit);
        while (candidate.isPresent()) {
            String headDn = headDnByUnit[candidate.get().index()];
            if (headDn != null) {
                return headDn;
            }
            candidate = candidate.get().parent();
        }
        return agencyHeadDn;
    }

    private static GradeSystem drawGradeSystem(Random random) {
        return random.nextInt(100) < SSPA_PERCENT ? GradeSystem.SSPA : GradeSystem.SSM;
    }

    private static String officerIdentity(int index) {
        return "officer:" + index;
    }
}
