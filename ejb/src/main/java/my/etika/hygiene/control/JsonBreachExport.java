package my.etika.hygiene.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads the JSON forms of an export event by event, one entry in memory at a time:
 * <ul>
 * <li>{@code {"alias": ["Breach", …], …}}: the API's {@code breacheddomain/{domain}};</li>
 * <li>{@code {"BreachSearchResults": [{"Alias": …, "DomainName": …, "Breaches": [{"Name": …, …}, …]}, …],
 * "PasteSearchResults": […]}}: the domain search's JSON download; pastes are not breaches and are passed over.</li>
 * </ul>
 */
final class JsonBreachExport {

    private static final String RESULTS = "BreachSearchResults";
    private static final String PASTES = "PasteSearchResults";

    private final JsonParser parser;
    private final long lineOffset;
    private final ExportEntries entries;

    private JsonBreachExport(JsonParser parser, long lineOffset, ExportEntries entries) {
        this.parser = parser;
        this.lineOffset = lineOffset;
        this.entries = entries;
    }

    /** @param lineOffset the blank lines before the document, for the line numbers in errors */
    static void read(Reader reader, long lineOffset, ExportEntries entries) {
        JsonParser parser = Json.createParser(reader);
        try (parser) {
            new JsonBreachExport(parser, lineOffset, entries).document();
        } catch (JsonParsingException e) {
            long line = e.getLocation() == null ? line(parser, lineOffset)
                    : Math.max(1, e.getLocation().getLineNumber()) + lineOffset;
            throw new BreachImportException("breach.lineMalformed", line);
        } catch (NoSuchElementException e) {
            throw new BreachImportException("breach.lineMalformed", line(parser, lineOffset));
        } catch (JsonException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BreachImportException refusal) {
                    throw refusal;
                }
                if (cause instanceof CharacterCodingException) {
                    throw new BreachImportException("breach.encodingInvalid");
                }
            }
            throw new BreachImportException("breach.lineMalformed", line(parser, lineOffset));
        }
    }

    private void document() {
        expect(parser.next(), Event.START_OBJECT);
        Event event = parser.next();
        if (event == Event.KEY_NAME && isRichForm(parser.getString())) {
            richForm(parser.getString());
        } else {
            aliasForm(event);
        }
        if (parser.hasNext()) {
            throw malformed();
        }
    }

    private static boolean isRichForm(String firstKey) {
        return RESULTS.equalsIgnoreCase(firstKey) || PASTES.equalsIgnoreCase(firstKey);
    }

    /** {@code {"alias": ["Breach", …], …}}; an alias that is a whole address is taken as one. */
    private void aliasForm(Event first) {
        for (Event event = first; event != Event.END_OBJECT; event = parser.next()) {
            expect(event, Event.KEY_NAME);
            String alias = parser.getString();
            long line = line();
            String address = entries.addressOf(alias, null);
            expect(parser.next(), Event.START_ARRAY);
            Set<String> breaches = entries.newBreachList();
            for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
                expect(e, Event.VALUE_STRING);
                entries.addBreach(breaches, parser.getString(), line(), address);
            }
            entries.emit(line, address, breaches);
        }
    }

    private void richForm(String firstKey) {
        String key = firstKey;
        while (true) {
            Event value = parser.next();
            if (RESULTS.equalsIgnoreCase(key)) {
                expect(value, Event.START_ARRAY);
                for (Event e = parser.next(); e != Event.END_ARRAY; e = parser.next()) {
                    expect(e, Event.START_OBJECT);
                    result();
                }
            } else {
                skip(value);
            }
            Event next = parser.next();
            if (next == Event.END_OBJECT) {
                return;
            }
            expect(next, Event.KEY_NAME);
            key = parser.getString();
        }
    }

    /** {@code {"Alias": …, "DomainName": …, "Breaches": [breach model or name, …]}}, in any order. */
    private void result() {
        long line = line();
        String alias = null;
        String domainName = null;
        Set<String> breaches = entries.newBreachList();
        for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
            expect(e, Event.KEY_NAME);
            String field = parser.getString();
            Event value = parser.next();
            if ("Alias".equalsIgnoreCase(field)) {
                expect(value, Event.VALUE_STRING);
                alias = parser.getString();
            } else if ("DomainName".equalsIgnoreCase(field)) {
                expect(value, Event.VALUE_STRING);
                domainName = parser.getString();
            } else if ("Breaches".equalsIgnoreCase(field)) {
                expect(value, Event.START_ARRAY);
                for (Event b = parser.next(); b != Event.END_ARRAY; b = parser.next()) {
                    entries.addBreach(breaches, breachName(b), line(), alias);
                }
            } else {
                skip(value);
            }
        }
        if (alias == null) {
            throw new BreachImportException("breach.lineMalformed", line);
        }
        entries.emit(line, entries.addressOf(alias, domainName), breaches);
    }

    /** A breach as a name, or as HIBP's breach model, whose {@code Name} is its identifier. */
    private String breachName(Event event) {
        if (event == Event.VALUE_STRING) {
            return parser.getString();
        }
        expect(event, Event.START_OBJECT);
        String name = null;
        String title = null;
        for (Event e = parser.next(); e != Event.END_OBJECT; e = parser.next()) {
            expect(e, Event.KEY_NAME);
            String field = parser.getString();
            Event value = parser.next();
            if ("Name".equalsIgnoreCase(field) && value == Event.VALUE_STRING) {
                name = parser.getString();
            } else if ("Title".equalsIgnoreCase(field) && value == Event.VALUE_STRING) {
                title = parser.getString();
            } else {
                skip(value);
            }
        }
        if (name == null && title == null) {
            throw malformed();
        }
        return name != null ? name : title;
    }

    private void skip(Event value) {
        int depth = value == Event.START_OBJECT || value == Event.START_ARRAY ? 1 : 0;
        while (depth > 0) {
            Event e = parser.next();
            if (e == Event.START_OBJECT || e == Event.START_ARRAY) {
                depth++;
            } else if (e == Event.END_OBJECT || e == Event.END_ARRAY) {
                depth--;
            }
        }
    }

    private void expect(Event actual, Event expected) {
        if (actual != expected) {
            throw malformed();
        }
    }

    private BreachImportException malformed() {
        return new BreachImportException("breach.lineMalformed", line());
    }

    private long line() {
        return line(parser, lineOffset);
    }

    private static long line(JsonParser parser, long lineOffset) {
        return Math.max(1, parser.getLocation().getLineNumber()) + lineOffset;
    }
}
