package my.etika.hygiene.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the CSV form of an export a row at a time. The header row is required and names the columns, in any order
 * and case, other columns being ignored:
 * <ul>
 * <li>the address: {@code Email}, {@code Email address}, {@code Address} or {@code Account}; or else the local part,
 * {@code Alias}, with an optional {@code Domain} / {@code DomainName} column (the export's domain otherwise);</li>
 * <li>the breaches: {@code Breaches} or {@code Breach} (also {@code Breach names}): one cell holding the names
 * separated by {@code ;} or {@code ,} (quoted when it holds the delimiter). When it is the last column, further
 * cells of a row are more names, as a list written without quotes gives.</li>
 * </ul>
 * The delimiter is the one of {@code ,}, {@code ;} and tab that the header row uses most (spreadsheets set to a
 * Malay or European locale write {@code ;}). Rows whose cells are all empty are passed over; an address may come on
 * several rows.
 */
final class CsvBreachExport {

    private static final int MAX_HEADER_CHARS = 4096;
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[;,]");
    private static final Set<String> ADDRESS = Set.of("email", "emailaddress", "address", "account");
    private static final Set<String> ALIAS = Set.of("alias");
    private static final Set<String> DOMAIN = Set.of("domain", "domainname");
    private static final Set<String> BREACHES = Set.of("breaches", "breach", "breachnames", "breachname");

    private CsvBreachExport() {
    }

    /** @param lineOffset the blank lines before the header, for the line numbers in errors */
    static void read(Reader text, long lineOffset, ExportEntries entries) {
        BufferedReader in = new BufferedReader(text);
        long headerLine = 1 + lineOffset;
        String header = headerLine(in);
        if (header.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c))) {
            throw new BreachImportException("breach.notJsonOrCsv");
        }
        char delimiter = delimiterOf(header);
        Columns columns;
        try {
            columns = Columns.of(new CsvRecords(new StringReader(header), delimiter, headerLine).next());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CsvRecords records = new CsvRecords(in, delimiter, headerLine + 1);
        try {
            for (List<String> row = records.next(); row != null; row = records.next()) {
                if (!row.stream().allMatch(String::isBlank)) {
                    row(row, records.line(), columns, entries);
                }
            }
        } catch (CharacterCodingException e) {
            throw new BreachImportException("breach.encodingInvalid");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(List<String> row, long line, Columns columns, ExportEntries entries) {
        int addressColumn = columns.address >= 0 ? columns.address : columns.alias;
        boolean namesRunOn = columns.breaches == columns.count - 1;
        if (row.size() <= Math.max(addressColumn, columns.breaches) || row.size() > columns.count && !namesRunOn) {
            throw new BreachImportException("breach.lineMalformed", line);
        }
        String address = columns.address >= 0
                ? row.get(columns.address).strip()
                : entries.addressOf(row.get(columns.alias).strip(),
                        columns.domain >= 0 && columns.domain < row.size() ? row.get(columns.domain).strip() : null);
        Set<String> breaches = entries.newBreachList();
        int last = namesRunOn ? row.size() - 1 : columns.breaches;
        for (int i = columns.breaches; i <= last; i++) {
            for (String name : NAME_SEPARATOR.split(row.get(i))) {
                entries.addBreach(breaches, name, line, address);
            }
        }
        entries.emit(line, address, breaches);
    }

    private static String headerLine(BufferedReader in) {
        StringBuilder header = new StringBuilder();
        try {
            int c = in.read();
            for (; c != -1 && c != '\n' && c != '\r'; c = in.read()) {
                if (header.length() == MAX_HEADER_CHARS) {
                    throw new BreachImportException("breach.missingHeader");
                }
                header.append((char) c);
            }
            if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
            }
        } catch (CharacterCodingException e) {
            throw new BreachImportException("breach.encodingInvalid");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return header.toString();
    }

    private static char delimiterOf(String header) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** Where the header row puts the columns read; -1 for a column it does not have. */
    private record Columns(int address, int alias, int domain, int breaches, int count) {

        static Columns of(List<String> header) {
            int address = indexOf(header, ADDRESS);
            int alias = indexOf(header, ALIAS);
            int breaches = indexOf(header, BREACHES);
            if (address < 0 && alias < 0 || breaches < 0) {
                throw new BreachImportException("breach.missingHeader");
            }
            return new Columns(address, alias, indexOf(header, DOMAIN), breaches, header.size());
        }

        private static int indexOf(List<String> header, Set<String> names) {
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
                if (names.contains(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
