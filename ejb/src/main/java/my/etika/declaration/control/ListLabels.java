package my.etika.declaration.control;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The words of an exported list in one language: column headers, yes/no, status labels and the sheet name. */
record ListLabels(List<String> headers, String yes, String no, Map<String, String> statuses, String sheetName) {

    static final ListLabels MALAY = new ListLabels(
            List.of("ID log masuk", "Nama pegawai", "No. pekerja", "Gred", "Bahagian/Unit", "Penyelia", "Status",
                    "Tarikh akhir", "Ditandatangani pada", "Peringatan dihantar", "Dieskalasi"),
            "Ya",
            "Tidak",
            Map.of("PENDING", "Belum ditandatangani", "SIGNED", "Telah ditandatangani", "EXCLUDED", "Dikecualikan"),
            "Senarai pegawai");

    static final ListLabels ENGLISH = new ListLabels(
            List.of("Login", "Officer name", "Employee no.", "Grade", "Division/Unit", "Supervisor", "Status", "Due",
                    "Signed at", "Reminders sent", "Escalated"),
            "Yes",
            "No",
            Map.of("PENDING", "Not signed", "SIGNED", "Signed", "EXCLUDED", "Excluded"),
            "Officer list");

    /** English for an English locale, Malay for any other: Etika speaks Malay first. */
    static ListLabels of(Locale language) {
        return "en".equals(language.getLanguage()) ? ENGLISH : MALAY;
    }

    /** The label of a status code; an unknown code is shown as it is rather than hidden. */
    String status(String code) {
        return statuses.getOrDefault(code, code);
    }

    String yesNo(boolean value) {
        return value ? yes : no;
    }
}
