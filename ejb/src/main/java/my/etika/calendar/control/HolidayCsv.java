package my.etika.calendar.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import my.etika.calendar.boundary.HolidayImportRefused;
import my.etika.calendar.boundary.HolidayImportRefused.LineError;
import my.etika.calendar.boundary.MalaysianStates;
import my.etika.calendar.entity.HolidayKind;

/**
 * Reads a holiday list in CSV (UTF-8, comma-separated, fields quoted as in RFC 4180 when they hold a comma, a quote
 * or a line break) with the header {@code date,states,name_ms,name_en,kind,source}. Every row is checked before
 * anything is returned: any error refuses the whole file with up to {@value #MAX_ERRORS} errors naming their lines.
 * <ul>
 * <li>{@code date}: {@code 2026-05-01} (or {@code 01/05/2026}, as a spreadsheet may save it);</li>
 * <li>{@code states}: {@code ALL} or codes {@code MY-01} … {@code MY-16} separated by spaces or {@code ;};</li>
 * <li>{@code kind}: {@code FEDERAL}, {@code STATE} or {@code AD_HOC};</li>
 * <li>names and source: required, at most {@value #MAX_NAME} and {@value #MAX_SOURCE} characters.</li>
 * </ul>
 * A holiday already in force in a state on that date, or given twice in the file, is an error.
 */
public final class HolidayCsv {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_LINES = 5_000;
    public static final int MAX_ERRORS = 20;
    public static final int MAX_NAME = 200;
    public static final int MAX_SOURCE = 500;
    public static final String HEADER = "date,states,name_ms,name_en,kind,source";
    private static final int COLUMNS = 6;
    private static final int FIRST_YEAR = 1957;
    private static final int LAST_YEAR = 2100;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** A holiday the file asks for, in one or more states. */
    public record Row(long line, LocalDate date, List<String> states, String nameMs, String nameEn,
            HolidayKind kind, String source) {
    }

    /** A state and date, to look up holidays by. */
    public record StateDate(String state, LocalDate date) {
    }

    private final IntFunction<Map<StateDate, String>> recordedInYear;
    private final Map<Integer, Map<StateDate, String>> recorded = new HashMap<>();
    private final Map<StateDate, Long> inFile = new HashMap<>();
    private final List<LineError> errors = new ArrayList<>();

    private HolidayCsv(IntFunction<Map<StateDate, String>> recordedInYear) {
        this.recordedInYear = recordedInYear;
    }

    /**
     * The rows of the file, all valid, or {@link HolidayImportRefused} with the errors.
     *
     * @param recordedInYear the holidays in force in a year (their names by state and date); asked once per year
     *            the file names
     */
    public static List<Row> parse(InputStream csv, IntFunction<Map<StateDate, String>> recordedInYear) {
        return new HolidayCsv(recordedInYear).rows(text(csv));
    }

    private List<Row> rows(String text) {
        List<CsvText.Record> records = CsvText.records(text);
        long lines = records.isEmpty() ? 0 : records.get(records.size() - 1).lastLine();
        if (lines > MAX_LINES) {
            throw refused(0, "calendar.import.tooManyLines", MAX_LINES);
        }
        if (records.isEmpty() || !isHeader(records.get(0))) {
            throw refused(1, "calendar.import.headerInvalid", HEADER);
        }
        List<Row> rows = new ArrayList<>();
        for (CsvText.Record record : records.subList(1, records.size())) {
            if (!record.isBlank()) {
                Row row = row(record);
                if (row != null) {
                    rows.add(row);
                }
            }
            if (errors.size() > MAX_ERRORS) {
                throw new HolidayImportRefused(errors.subList(0, MAX_ERRORS), true);
            }
        }
        if (!errors.isEmpty()) {
            throw new HolidayImportRefused(errors, false);
        }
        if (rows.isEmpty()) {
            throw refused(0, "calendar.import.empty");
        }
        return rows;
    }

    private static boolean isHeader(CsvText.Record record) {
        return !record.malformed() && String.join(",", record.fields().stream().map(String::strip).toList())
                .toLowerCase(Locale.ROOT).equals(HEADER);
    }

    /** The row, or null after recording its errors. */
    private Row row(CsvText.Record record) {
        long line = record.line();
        if (record.malformed()) {
            return error(line, "calendar.import.lineMalformed");
        }
        List<String> fields = record.fields().stream().map(String::strip).toList();
        if (fields.size() != COLUMNS) {
            return error(line, "calendar.import.columnCount", fields.size(), COLUMNS);
        }
        int before = errors.size();
        LocalDate date = date(line, fields.get(0));
        List<String> states = states(line, fields.get(1));
        String nameMs = text(line, "name_ms", fields.get(2), MAX_NAME);
        String nameEn = text(line, "name_en", fields.get(3), MAX_NAME);
        HolidayKind kind = kind(line, fields.get(4));
        String source = text(line, "source", fields.get(5), MAX_SOURCE);
        if (errors.size() > before) {
            return null;
        }
        for (String state : states) {
            StateDate key = new StateDate(state, date);
            String known = recorded.computeIfAbsent(date.getYear(), recordedInYear::apply).get(key);
            Long earlier = inFile.putIfAbsent(key, line);
            if (known != null) {
                error(line, "calendar.import.alreadyRecorded", date.toString(), state, known);
            } else if (earlier != null) {
                error(line, "calendar.import.duplicateInFile", date.toString(), state, earlier);
            }
        }
        return errors.size() > before ? null : new Row(line, date, states, nameMs, nameEn, kind, source);
    }

    private LocalDate date(long line, String value) {
        LocalDate date = null;
        for (DateTimeFormatter format : List.of(ISO, DAY_FIRST)) {
            try {
                date = LocalDate.parse(value, format);
                break;
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        if (date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            error(line, "calendar.import.dateInvalid", value);
            return null;
        }
        return date;
    }

    private List<String> states(long line, String value) {
        List<String> states = MalaysianStates.split(value);
        if (states.isEmpty()) {
            error(line, "calendar.import.statesMissing");
        }
        states.stream().filter(s -> !MalaysianStates.isKnown(s))
                .forEach(s -> error(line, "calendar.import.stateUnknown", s));
        return states;
    }

    private String text(long line, String column, String value, int max) {
        if (value.isEmpty()) {
            error(line, "calendar.import.valueMissing", column);
        } else if (value.length() > max) {
            error(line, "calendar.import.tooLong", column, max);
        }
        return value;
    }

    private HolidayKind kind(long line, String value) {
        try {
            return HolidayKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            error(line, "calendar.import.kindInvalid", value);
            return null;
        }
    }

    private Row error(long line, String key, Object... arguments) {
        if (errors.size() < MAX_ERRORS + 1) {
            errors.add(new LineError(line, key, arguments));
        }
        return null;
    }

    /** The file as text: at most {@value #MAX_BYTES} bytes of strict UTF-8 (a leading byte-order mark dropped). */
    private static String text(InputStream csv) {
        byte[] bytes;
        try {
            bytes = csv.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw refused(0, "calendar.import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        if (result.isError()) {
            throw refused(lineAt(bytes, in.position()), "calendar.import.notUtf8");
        }
        utf8.flush(out);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static long lineAt(byte[] bytes, int position) {
        long line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n')) {
                line++;
            }
        }
        return line;
    }

    private static HolidayImportRefused refused(long line, String key, Object... arguments) {
        return new HolidayImportRefused(List.of(new LineError(line, key, arguments)), false);
    }
}
