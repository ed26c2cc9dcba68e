package my.etika.ldapschema.demo;

import static my.etika.ldapschema.demo.PostCatalogue.ACCOUNTANT;
import static my.etika.ldapschema.demo.PostCatalogue.ADMINISTRATIVE_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.ASSISTANT_ACCOUNTANT;
import static my.etika.ldapschema.demo.PostCatalogue.ASSISTANT_ADMINISTRATIVE_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.ASSISTANT_ENGINEER;
import static my.etika.ldapschema.demo.PostCatalogue.ASSISTANT_IT_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.CLERK;
import static my.etika.ldapschema.demo.PostCatalogue.DEPUTY_DIRECTOR_GENERAL_MANAGEMENT;
import static my.etika.ldapschema.demo.PostCatalogue.DEPUTY_DIRECTOR_GENERAL_OPERATIONS;
import static my.etika.ldapschema.demo.PostCatalogue.DIPLOMATIC_ADMINISTRATIVE_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.DIRECTOR_GENERAL;
import static my.etika.ldapschema.demo.PostCatalogue.DRIVER;
import static my.etika.ldapschema.demo.PostCatalogue.ENGINEER;
import static my.etika.ldapschema.demo.PostCatalogue.IT_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.LEGAL_OFFICER;
import static my.etika.ldapschema.demo.PostCatalogue.OFFICE_SECRETARY;
import static my.etika.ldapschema.demo.PostCatalogue.STATE_DIRECTOR;
import static my.etika.ldapschema.demo.PostCatalogue.STATE_UNIT_HEAD;
import static my.etika.ldapschema.demo.PostCatalogue.divisionDirector;
import static my.etika.ldapschema.demo.PostCatalogue.unitHead;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The units of a federal department: Ibu Pejabat in Putrajaya with its divisions and units, and an office in
 * every other state and federal territory, each with Unit Operasi and Unit Khidmat Pengurusan.
 */
final class OrgChart {

    /** A post filled before any regular officer: unit heads in pre-order, deputies right after the head. */
    record KeyAppointment(OrgUnit unit, Post post, boolean head) {
    }

    private record StateOffice(String code, String nameSuffix, DutyStation station, int sizeFactor) {
    }

    private static final List<StateOffice> STATE_OFFICES = List.of(
            new StateOffice("JHR", "Negeri Johor",
                    new DutyStation("MY-01", "Johor", "Johor Bahru", "7", "22", 7), 3),
            new StateOffice("KDH", "Negeri Kedah",
                    new DutyStation("MY-02", "Kedah", "Alor Setar", "4", "73", 7), 2),
            new StateOffice("KTN", "Negeri Kelantan",
                    new DutyStation("MY-03", "Kelantan", "Kota Bharu", "9", "74", 7), 2),
            new StateOffice("MLK", "Negeri Melaka",
                    new DutyStation("MY-04", "Melaka", "Melaka", "6", "23", 7), 1),
            new StateOffice("NSN", "Negeri Negeri Sembilan",
                    new DutyStation("MY-05", "Negeri Sembilan", "Seremban", "6", "76", 7), 1),
            new StateOffice("PHG", "Negeri Pahang",
                    new DutyStation("MY-06", "Pahang", "Kuantan", "9", "51", 7), 2),
            new StateOffice("PNG", "Negeri Pulau Pinang",
                    new DutyStation("MY-07", "Pulau Pinang", "George Town", "4", "26", 7), 2),
            new StateOffice("PRK", "Negeri Perak",
                    new DutyStation("MY-08", "Perak", "Ipoh", "5", "25", 7), 2),
            new StateOffice("PLS", "Negeri Perlis",
                    new DutyStation("MY-09", "Perlis", "Kangar", "4", "97", 7), 1),
            new StateOffice("SGR", "Negeri Selangor",
                    new DutyStation("MY-10", "Selangor", "Shah Alam", "3", "55", 8), 3),
            new StateOffice("TRG", "Negeri Terengganu",
                    new DutyStation("MY-11", "Terengganu", "Kuala Terengganu", "9", "62", 7), 1),
            new StateOffice("SBH", "Negeri Sabah",
                    new DutyStation("MY-12", "Sabah", "Kota Kinabalu", "88", "2", 6), 2),
            new StateOffice("SWK", "Negeri Sarawak",
                    new DutyStation("MY-13", "Sarawak", "Kuching", "82", "4", 6), 2),
            new StateOffice("KUL", "Wilayah Persekutuan Kuala Lumpur",
                    new DutyStation("MY-14", "Wilayah Persekutuan Kuala Lumpur", "Kuala Lumpur", "3", "26", 8), 2),
            new StateOffice("LBN", "Wilayah Persekutuan Labuan",
                    new DutyStation("MY-15", "Wilayah Persekutuan Labuan", "Labuan", "87", "41", 6), 1));

    private final String peopleBaseDn;
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<KeyAppointment> keyAppointments = new ArrayList<>();
    private final OrgUnit directorGeneralOffice;
    private final OrgUnit humanResources;
    private final OrgUnit generalAdministration;
    private final OrgUnit informationTechnology;
    private final OrgUnit policyAndPlanning;
    private final OrgUnit internalAudit;
    private final OrgUnit integrity;
    private final WeightedChoice<OrgUnit> staffing;

    OrgChart(String agencyCode, String peopleBaseDn) {
        this.peopleBaseDn = peopleBaseDn;
        DutyStation hq = DutyStation.PUTRAJAYA;
        OrgUnit headquarters = add("IP", "Ibu Pejabat", null, hq, null, 0, null);
        directorGeneralOffice = add("IP-PKP", "Pejabat Ketua Pengarah", headquarters, hq, DIRECTOR_GENERAL, 7,
                posts().add(OFFICE_SECRETARY, 3).add(DIPLOMATIC_ADMINISTRATIVE_OFFICER, 3).add(CLERK, 3)
                        .add(DRIVER, 2));
        OrgUnit managementServices = add("IP-BKP", "Bahagian Khidmat Pengurusan", headquarters, hq,
                divisionDirector("M"), 3, posts().add(CLERK, 2).add(ADMINISTRATIVE_OFFICER, 1));
        humanResources = add("IP-BKP-USM", "Unit Sumber Manusia", managementServices, hq, unitHead("N"), 20,
                posts().add(CLERK, 10).add(ASSISTANT_ADMINISTRATIVE_OFFICER, 6).add(ADMINISTRATIVE_OFFICER, 4)
                        .add(DIPLOMATIC_ADMINISTRATIVE_OFFICER, 1));
        add("IP-BKP-UKW", "Unit Kewangan", managementServices, hq, unitHead("W"), 20,
                posts().add(ASSISTANT_ACCOUNTANT, 8).add(ACCOUNTANT, 3).add(CLERK, 8));
        generalAdministration = add("IP-BKP-UPA", "Unit Pentadbiran Am", managementServices, hq, unitHead("N"), 25,
                posts().add(CLERK, 10).add(DRIVER, 6).add(ASSISTANT_ADMINISTRATIVE_OFFICER, 3)
                        .add(ADMINISTRATIVE_OFFICER, 1));
        informationTechnology = add("IP-BTM", "Bahagian Teknologi Maklumat", headquarters, hq,
                divisionDirector("F"), 40, posts().add(IT_OFFICER, 6).add(ASSISTANT_IT_OFFICER, 8).add(CLERK, 2));
        policyAndPlanning = add("IP-BDP", "Bahagian Dasar dan Perancangan", headquarters, hq,
                divisionDirector("M"), 30, posts().add(DIPLOMATIC_ADMINISTRATIVE_OFFICER, 5)
                        .add(ADMINISTRATIVE_OFFICER, 4).add(ASSISTANT_ADMINISTRATIVE_OFFICER, 3).add(CLERK, 3));
        add("IP-BPK", "Bahagian Penguatkuasaan", headquarters, hq, divisionDirector("M"), 60,
                posts().add(ADMINISTRATIVE_OFFICER, 4).add(ASSISTANT_ADMINISTRATIVE_OFFICER, 8).add(CLERK, 6)
                        .add(ENGINEER, 2).add(ASSISTANT_ENGINEER, 3).add(DRIVER, 1));
        add("IP-BPU", "Bahagian Perundangan", headquarters, hq, divisionDirector("L"), 20,
                posts().add(LEGAL_OFFICER, 6).add(ASSISTANT_ADMINISTRATIVE_OFFICER, 2).add(CLERK, 4));
        internalAudit = add("IP-BAD", "Bahagian Audit Dalam", headquarters, hq, divisionDirector("W"), 20,
                posts().add(ACCOUNTANT, 4).add(ASSISTANT_ACCOUNTANT, 5).add(CLERK, 2));
        integrity = add("IP-UI", "Unit Integriti", headquarters, hq, unitHead("M"), 15,
                posts().add(ADMINISTRATIVE_OFFICER, 4).add(DIPLOMATIC_ADMINISTRATIVE_OFFICER, 1)
                        .add(ASSISTANT_ADMINISTRATIVE_OFFICER, 4).add(CLERK, 3));
        add("IP-UKK", "Unit Komunikasi Korporat", headquarters, hq, unitHead("N"), 15,
                posts().add(ADMINISTRATIVE_OFFICER, 3).add(ASSISTANT_ADMINISTRATIVE_OFFICER, 3).add(CLERK, 4));
        for (StateOffice office : STATE_OFFICES) {
            addStateOffice(agencyCode, office);
        }
        staffing = staffingChoice();
        collectKeyAppointments();
    }

    List<OrgUnit> units() {
        return units;
    }

    List<KeyAppointment> keyAppointments() {
        return keyAppointments;
    }

    /** The unit of regular officer draws, weighted by unit size. */
    OrgUnit drawUnit(Random random) {
        return staffing.pick(random);
    }

    OrgUnit directorGeneralOffice() {
        return directorGeneralOffice;
    }

    OrgUnit humanResources() {
        return humanResources;
    }

    OrgUnit generalAdministration() {
        return generalAdministration;
    }

    OrgUnit informationTechnology() {
        return informationTechnology;
    }

    OrgUnit policyAndPlanning() {
        return policyAndPlanning;
    }

    OrgUnit internalAudit() {
        return internalAudit;
    }

    OrgUnit integrity() {
        return integrity;
    }

    private void addStateOffice(String agencyCode, StateOffice office) {
        DutyStation station = office.station();
        int size = office.sizeFactor();
        OrgUnit stateOffice = add(office.code(), "Pejabat " + agencyCode + " " + office.nameSuffix(), null, station,
                STATE_DIRECTOR, 0, null);
        add(office.code() + "-OPS", "Unit Operasi", stateOffice, station, STATE_UNIT_HEAD, 12 * size,
                posts().add(ADMINISTRATIVE_OFFICER, 3).add(ASSISTANT_ADMINISTRATIVE_OFFICER, 7).add(CLERK, 8)
                        .add(ENGINEER, 1).add(ASSISTANT_ENGINEER, 3).add(DRIVER, 2));
        add(office.code() + "-UKP", "Unit Khidmat Pengurusan", stateOffice, station, STATE_UNIT_HEAD, 6 * size,
                posts().add(CLERK, 8).add(ASSISTANT_ADMINISTRATIVE_OFFICER, 4).add(ASSISTANT_ACCOUNTANT, 3)
                        .add(ASSISTANT_IT_OFFICER, 2).add(DRIVER, 2));
    }

    private OrgUnit add(String code, String name, OrgUnit parent, DutyStation station, Post head, int staffWeight,
                        WeightedChoice.Builder<Post> posts) {
        String parentDn = parent == null ? peopleBaseDn : parent.dn();
        OrgUnit unit = new OrgUnit(units.size(), code, name, parent, parentDn, station, head,
                posts == null ? null : posts.build(), staffWeight);
        units.add(unit);
        return unit;
    }

    private WeightedChoice<OrgUnit> staffingChoice() {
        WeightedChoice.Builder<OrgUnit> choice = WeightedChoice.builder();
        units.stream().filter(unit -> unit.staffWeight() > 0).forEach(unit -> choice.add(unit, unit.staffWeight()));
        return choice.build();
    }

    private void collectKeyAppointments() {
        for (OrgUnit unit : units) {
            unit.headPost().ifPresent(post -> keyAppointments.add(new KeyAppointment(unit, post, true)));
            if (unit == directorGeneralOffice) {
                keyAppointments.add(new KeyAppointment(unit, DEPUTY_DIRECTOR_GENERAL_MANAGEMENT, false));
                keyAppointments.add(new KeyAppointment(unit, DEPUTY_DIRECTOR_GENERAL_OPERATIONS, false));
            }
        }
    }

    private static WeightedChoice.Builder<Post> posts() {
        return WeightedChoice.builder();
    }
}
