package my.etika.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import my.etika.calendar.boundary.HolidayImportRefused;
import my.etika.calendar.boundary.HolidayImportRefused.LineError;
import my.etika.calendar.boundary.MalaysianStates;
import my.etika.calendar.control.HolidayCsv.Row;
import my.etika.calendar.control.HolidayCsv.StateDate;
import my.etika.calendar.entity.HolidayKind;
import org.junit.jupiter.api.Test;

class HolidayCsvTest {

    private static final String HEADER = "date,states,name_ms,name_en,kind,source\n";
    private static final Map<StateDate, String> LABOUR_DAY_IN_KEDAH = Map.of(
            new StateDate("MY-02", LocalDate.of(2026, 5, 1)), "Hari Pekerja");

    private final List<Integer> yearsAsked = new ArrayList<>();

    private List<Row> parse(String csv) {
        return parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<Row> parse(byte[] csv) {
        return HolidayCsv.parse(new ByteArrayInputStream(csv), year -> {
            yearsAsked.add(year);
            return year == 2026 ? LABOUR_DAY_IN_KEDAH : Map.of();
        });
    }

    private HolidayImportRefused refused(String csv) {
        return refused(csv.getBytes(StandardCharsets.UTF_8));
    }

    private HolidayImportRefused refused(byte[] csv) {
        return catchThrowableOfType(HolidayImportRefused.class, () -> parse(csv));
    }

    private static List<String> lines(HolidayImportRefused refused) {
        return refused.errors().stream().map(e -> e.line() + " " + e.messageKey() + " " + e.arguments()).toList();
    }

    @Test
    void aGoodFileGivesEveryRowWithItsStates() {
        List<Row> rows = parse("\uFEFFDate, States ,NAME_MS,name_en,kind,source\r\n"
                + "2026-02-17,ALL,Tahun Baharu Cina,Chinese New Year,FEDERAL,\"Jadual 2026, JPM\"\r\n"
                + "\r\n"
                + "2026-02-18,MY-10;my-14 MY-16,Tahun Baharu Cina (Hari Kedua),Chinese New Year (second day),"
                + "federal,Jadual 2026\r\n"
                + "15/09/2025,MY-02,\"Cuti \"\"Tambahan\"\"\",Additional holiday,AD_HOC,Pengumuman PM\r\n"
                + "2026-06-21,MY-02 MY-02,Hari Keputeraan Sultan Kedah,Birthday of the Sultan of Kedah,STATE,"
                + "\"Warta Negeri\nKedah\"\n"
                + "2027-01-01,MY-14,Tahun Baharu,New Year's Day,STATE,Jadual 2027");

        assertThat(rows).extracting(Row::line).containsExactly(2L, 4L, 5L, 6L, 8L);
        assertThat(rows.get(0).states()).isEqualTo(MalaysianStates.CODES);
        assertThat(rows.get(0).source()).isEqualTo("Jadual 2026, JPM");
        assertThat(rows.get(0).date()).isEqualTo(LocalDate.of(2026, 2, 17));
        assertThat(rows.get(1).states()).containsExactly("MY-10", "MY-14", "MY-16");
        assertThat(rows.get(1).kind()).isEqualTo(HolidayKind.FEDERAL);
        assertThat(rows.get(2).date()).isEqualTo(LocalDate.of(2025, 9, 15));
        assertThat(rows.get(2).nameMs()).isEqualTo("Cuti \"Tambahan\"");
        assertThat(rows.get(3).states()).containsExactly("MY-02");
        assertThat(rows.get(3).source()).isEqualTo("Warta Negeri\nKedah");
        assertThat(rows.get(4).nameEn()).isEqualTo("New Year's Day");
        assertThat(yearsAsked).containsExactly(2026, 2025, 2027);
    }

    @Test
    void everyMalformedLineIsReportedWithItsLineAndNothingIsReturned() {
        HolidayImportRefused refused = refused(HEADER
                + "2026-02-30,MY-10,Cuti,Holiday,STATE,Warta\n"
                + "2026-03-02,MY-10 MY-17,Cuti,Holiday,STATE,Warta\n"
                + "2026-03-03,MY-10,,Holiday,STATE,Warta\n"
                + "2026-03-04,MY-10,Cuti,Holiday,STATE\n"
                + "2026-03-05,MY-10,Cuti,Holiday,STATE,Warta,extra\n"
                + "2026-03-06,MY-10,Cuti,Holiday,CUTI,Warta\n"
                + "2026-05-01,MY-02 MY-03,Hari Pekerja,Labour Day,FEDERAL,Akta\n"
                + "2026-03-09,MY-10,Cuti,Holiday,STATE,Warta\n"
                + "2026-03-09,MY-14 MY-10,Cuti,Holiday,STATE,Warta\n"
                + "2026-03-10,MY-10,\"Cuti\" lagi,Holiday,STATE,Warta\n"
                + "2026-03-11,,Cuti,Holiday,STATE,Warta\n"
                + "2026-03-12,MY-10,Cuti,Holiday,STATE," + "x".repeat(501) + "\n"
                + "2026-03-13,MY-10,Cuti,Holiday,STATE,Warta\n");

        assertThat(lines(refused)).containsExactly(
                "2 calendar.import.dateInvalid [2026-02-30]",
                "3 calendar.import.stateUnknown [MY-17]",
                "4 calendar.import.valueMissing [name_ms]",
                "5 calendar.import.columnCount [5, 6]",
                "6 calendar.import.columnCount [7, 6]",
                "7 calendar.import.kindInvalid [CUTI]",
                "8 calendar.import.alreadyRecorded [2026-05-01, MY-02, Hari Pekerja]",
                "10 calendar.import.duplicateInFile [2026-03-09, MY-10, 9]",
                "11 calendar.import.lineMalformed []",
                "12 calendar.import.statesMissing []",
                "13 calendar.import.tooLong [source, 500]");
        assertThat(refused.truncated()).isFalse();
        assertThat(refused.messageKey()).isEqualTo("calendar.import.refused");
        assertThat(refused.arguments()).containsExactly(11);
    }

    @Test
    void afterTwentyErrorsTheCheckStops() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 25; i++) {
            csv.append("2026-13-01,MY-10,Cuti,Holiday,STATE,Warta\n");
        }
        HolidayImportRefused refused = refused(csv.toString());
        assertThat(refused.errors()).hasSize(HolidayCsv.MAX_ERRORS);
        assertThat(refused.errors().get(19).line()).isEqualTo(21);
        assertThat(refused.truncated()).isTrue();

        StringBuilder twenty = new StringBuilder(HEADER);
        for (int i = 0; i < 20; i++) {
            twenty.append("2026-13-01,MY-10,Cuti,Holiday,STATE,Warta\n");
        }
        twenty.append("2026-03-01,MY-10,Cuti,Holiday,STATE,Warta\n");
        HolidayImportRefused exactly = refused(twenty.toString());
        assertThat(exactly.errors()).hasSize(20);
        assertThat(exactly.truncated()).isFalse();
    }

    @Test
    void aWrongHeaderOrAnEmptyFileIsRefused() {
        assertThat(lines(refused("date;states;name_ms;name_en;kind;source\n2026-03-01;MY-10;a;b;STATE;c\n")))
                .containsExactly("1 calendar.import.headerInvalid [" + HolidayCsv.HEADER + "]");
        assertThat(lines(refused(""))).containsExactly("1 calendar.import.headerInvalid [" + HolidayCsv.HEADER
                + "]");
        assertThat(lines(refused(HEADER + "\n,,,,,\n"))).containsExactly("0 calendar.import.empty []");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedAtTheLineOfTheBadBytes() {
        byte[] latin1 = (HEADER + "2026-03-01,MY-10,Cuti,Holiday,STATE,Warta\n"
                + "2026-03-02,MY-10,Hari Peristiwa Kota Bharu \u00e9,Holiday,STATE,Warta\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(lines(refused(latin1))).containsExactly("3 calendar.import.notUtf8 []");
    }

    @Test
    void aFileOverTheLimitsIsRefused() {
        byte[] large = new byte[HolidayCsv.MAX_BYTES + 1];
        java.util.Arrays.fill(large, (byte) 'a');
        assertThat(lines(refused(large))).containsExactly("0 calendar.import.tooLarge [1]");

        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i < HolidayCsv.MAX_LINES; i++) {
            many.append('\n');
        }
        assertThat(lines(refused(many.toString()))).containsExactly("0 calendar.import.tooManyLines [5000]");
    }

    @Test
    void theErrorsCarryNoLineInTheirArguments() {
        HolidayImportRefused refused = refused(HEADER + "x,MY-10,Cuti,Holiday,STATE,Warta\n");
        LineError error = refused.errors().get(0);
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.arguments()).containsExactly("x");
    }
}
