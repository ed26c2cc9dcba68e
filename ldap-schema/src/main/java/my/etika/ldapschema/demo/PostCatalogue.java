package my.etika.ldapschema.demo;

import java.util.List;

/**
 * The posts of the demo agency. SSM grades map to SSPA numbers as in Pekeliling Perkhidmatan Bil. 1/2024
 * (19-20 to 1, 21-24 to 2, 25-26 to 3, 27-28 to 4, 29-30 to 5, 31-36 to 6, 41-42 to 9, 43-44 to 10, 47-48 to 12,
 * 51-52 to 13, 53-54 to 14).
 */
final class PostCatalogue {

    static final Post DRIVER = support("Pemandu Kenderaan", "H", List.of("H11"), List.of("H1"));
    static final Post CLERK = support("Pembantu Tadbir (Perkeranian/Operasi)", "N",
            List.of("N19", "N22", "N26"), List.of("N1", "N2", "N3", "N4"));
    static final Post ASSISTANT_ADMINISTRATIVE_OFFICER = support("Penolong Pegawai Tadbir", "N",
            List.of("N29", "N32"), List.of("N5", "N6", "N7", "N8"));
    static final Post OFFICE_SECRETARY = support("Setiausaha Pejabat", "N", List.of("N29", "N32"), List.of("N5", "N6"));
    static final Post ASSISTANT_IT_OFFICER = support("Penolong Pegawai Teknologi Maklumat", "FA",
            List.of("FA29", "FA32"), List.of("FA5", "FA6", "FA7", "FA8"));
    static final Post ASSISTANT_ACCOUNTANT = support("Penolong Akauntan", "WA", List.of("WA29", "WA32"),
            List.of("WA5", "WA6"));
    static final Post ASSISTANT_ENGINEER = support("Penolong Jurutera", "JA", List.of("JA29", "JA32"),
            List.of("JA5", "JA6"));

    static final Post ADMINISTRATIVE_OFFICER = professional("Pegawai Tadbir", "N", List.of("N41", "N44"),
            List.of("N9", "N10", "N11"));
    static final Post DIPLOMATIC_ADMINISTRATIVE_OFFICER = professional("Pegawai Tadbir dan Diplomatik", "M",
            List.of("M41", "M44", "M48"), List.of("M9", "M10", "M12"));
    static final Post IT_OFFICER = professional("Pegawai Teknologi Maklumat", "F", List.of("F41", "F44", "F48"),
            List.of("F9", "F10", "F12"));
    static final Post ACCOUNTANT = professional("Akauntan", "W", List.of("W41", "W44"), List.of("W9", "W10"));
    static final Post LEGAL_OFFICER = professional("Pegawai Undang-Undang", "L", List.of("L41", "L44"),
            List.of("L9", "L10"));
    static final Post ENGINEER = professional("Jurutera", "J", List.of("J41", "J44"), List.of("J9", "J10"));

    static final Post STATE_UNIT_HEAD = professional("Ketua Unit", "N", List.of("N44", "N41"), List.of("N10", "N9"));
    static final Post STATE_DIRECTOR = professional("Pengarah", "M", List.of("M52", "M48"), List.of("M13", "M12"));

    static final Post DIRECTOR_GENERAL = topManagement("Ketua Pengarah", "JUSA B");
    static final Post DEPUTY_DIRECTOR_GENERAL_MANAGEMENT =
            topManagement("Timbalan Ketua Pengarah (Pengurusan)", "JUSA C");
    static final Post DEPUTY_DIRECTOR_GENERAL_OPERATIONS =
            topManagement("Timbalan Ketua Pengarah (Operasi)", "JUSA C");

    private PostCatalogue() {
    }

    static Post unitHead(String scheme) {
        return professional("Ketua Unit", scheme, List.of(scheme + "48", scheme + "44"),
                List.of(scheme + "12", scheme + "10"));
    }

    static Post divisionDirector(String scheme) {
        return professional("Pengarah", scheme, List.of(scheme + "54", scheme + "52"),
                List.of(scheme + "14", scheme + "13"));
    }

    private static Post support(String title, String scheme, List<String> ssm, List<String> sspa) {
        return new Post(title, scheme, ServiceGroup.SUPPORT, ssm, sspa);
    }

    private static Post professional(String title, String scheme, List<String> ssm, List<String> sspa) {
        return new Post(title, scheme, ServiceGroup.MANAGEMENT_PROFESSIONAL, ssm, sspa);
    }

    /** JUSA grades sit above both numbered scales; the officers belong to the PTD scheme (M). */
    private static Post topManagement(String title, String grade) {
        return new Post(title, "M", ServiceGroup.TOP_MANAGEMENT, List.of(grade), List.of(grade));
    }
}
