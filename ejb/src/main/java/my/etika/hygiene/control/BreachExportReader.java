package my.etika.hygiene.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import my.etika.platform.control.OfficialAddresses;

/**
 * Streams a "Have I Been Pwned" domain-search export, as HR or integrity upload it for an official domain, to a
 * consumer one address at a time: the export is never held in memory, so its size is bounded only by the limit.
 *
 * <p>The form is told by the first byte that is not blank (after a UTF-8 byte-order mark): an opening brace is
 * JSON, anything else CSV. Supported:
 * <ul>
 * <li>JSON from the API, {@code GET /api/v3/breacheddomain/{domain}}: {@code {"alias": ["Adobe", "Gawker"], …}},
 * an alias being the local part at the domain (<a href="https://haveibeenpwned.com/API/v3">HIBP API v3</a>,
 * "Getting all breached email addresses for a domain"). An alias that is a whole address is taken as one.</li>
 * <li>JSON of the domain search download: {@code {"BreachSearchResults": [{"DomainName": …, "Alias": …,
 * "Breaches": [breach model, …]}, …], "PasteSearchResults": […]}}, each breach being HIBP's breach model of which
 * the {@code Name} is read (its {@code Title} without one); pastes are not breaches and are passed over. This shape
 * is not in HIBP's API documentation: it is the one described for the {@code /DomainSearch/{token}/json} link of
 * the notification mails (security-apis, "Unofficial API-Endpoints for HIBP", 2018) and read by HIBP-Parser
 * (github.com/nterl0k/HIBP-Parser, 2019).</li>
 * <li>CSV with a header row, one row per address (or per alias, with an optional domain column) and its breach
 * names in one cell separated by {@code ;} or {@code ,}. HIBP's documentation gives no CSV layout, so the header
 * names the columns and the ones accepted are listed in {@link CsvBreachExport}.</li>
 * </ul>
 *
 * <p>Every address must be at the export's domain or a subdomain of it, is checked and
 * {@linkplain OfficialAddresses#normalise(String) normalised}. Nothing is skipped silently: the first entry that
 * cannot be read stops the reading with a {@link BreachImportException}, possibly after the consumer has been given
 * the entries before it; the caller runs the whole import in one transaction, which the exception rolls back.
 * The text must be UTF-8. The stream is not closed.
 */
public final class BreachExportReader {

    /** The default limit of an export's size: 50 MB, about a million addresses. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** A sanity limit: an address with more breaches than this is refused as not a real export. */
    public static final int MAX_BREACHES_PER_ADDRESS = 1_000;

    private static final int UTF8_BOM_LENGTH = 3;
    private static final int SNIFFED = 512;

    private BreachExportReader() {
    }

    /** {@link #read(InputStream, String, long, Consumer)} within {@link #DEFAULT_MAX_BYTES}. */
    public static void read(InputStream in, String domain, Consumer<BreachRecord> each) {
        read(in, domain, DEFAULT_MAX_BYTES, each);
    }

    /**
     * Reads the export and gives each address, with its breaches, to {@code each}, in the export's order.
     *
     * @param domain the domain the export is for; its addresses must be at it or at a subdomain of it
     * @param maxBytes the most bytes read; one more is {@code breach.tooLarge}
     * @throws BreachImportException on the first thing that cannot be imported, with its key and arguments
     */
    public static void read(InputStream in, String domain, long maxBytes, Consumer<BreachRecord> each) {
        String exportDomain = OfficialAddresses.normaliseDomain(domain)
                .orElseThrow(() -> new BreachImportException("breach.domainInvalid", domain));
        ExportEntries entries = new ExportEntries(exportDomain, MAX_BREACHES_PER_ADDRESS, each);
        PushbackInputStream bytes = new PushbackInputStream(new LimitedInputStream(in, maxBytes), SNIFFED);
        try {
            long blankLines = skipBomAndBlanks(bytes);
            byte[] start = bytes.readNBytes(SNIFFED);
            if (start.length == 0) {
                throw new BreachImportException("breach.empty");
            }
            if (!isText(start)) {
                throw new BreachImportException("breach.notJsonOrCsv");
            }
            bytes.unread(start);
            Reader text = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            if (start[0] == '{') {
                JsonBreachExport.read(text, blankLines, entries);
            } else {
                CsvBreachExport.read(text, blankLines, entries);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads past a UTF-8 byte-order mark and blank lines; returns the number of line breaks passed. */
    private static long skipBomAndBlanks(PushbackInputStream bytes) throws IOException {
        byte[] bom = bytes.readNBytes(UTF8_BOM_LENGTH);
        boolean isBom = bom.length == UTF8_BOM_LENGTH && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
                && (bom[2] & 0xFF) == 0xBF;
        if (!isBom) {
            bytes.unread(bom);
        }
        long lines = 0;
        for (int b = bytes.read(); b != -1; b = bytes.read()) {
            if (b == '\n') {
                lines++;
            } else if (b != ' ' && b != '\t' && b != '\r') {
                bytes.unread(b);
                break;
            }
        }
        return lines;
    }

    /**
     * Whether the start of the export can be JSON or CSV: not a JSON array (neither form), not binary (a spreadsheet
     * or an archive has NUL bytes early, as has UTF-16 text).
     */
    private static boolean isText(byte[] start) {
        if (start[0] == '[' || (start[0] & 0xFF) == 0xFE || (start[0] & 0xFF) == 0xFF) {
            return false;
        }
        for (byte b : start) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }
}
