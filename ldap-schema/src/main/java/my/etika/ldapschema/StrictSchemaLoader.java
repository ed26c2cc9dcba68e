package my.etika.ldapschema;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFReader;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a one-entry RFC 4512 schema LDIF and fails on anything it cannot use.
 *
 * <p>{@code new Schema(entry)} and {@code Schema.getSchema(InputStream)} silently drop elements they cannot
 * parse, so a typo would remove an attribute type without a trace. This loader collects the SDK's unparsable
 * elements and rejects them, and also rejects attributes that are not schema attributes (a misspelt
 * {@code attributeType:} would otherwise be ignored too).
 */
final class StrictSchemaLoader {

    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("objectclass", "cn",
            lower(Schema.ATTR_ATTRIBUTE_SYNTAX), lower(Schema.ATTR_ATTRIBUTE_TYPE),
            lower(Schema.ATTR_DIT_CONTENT_RULE), lower(Schema.ATTR_DIT_STRUCTURE_RULE),
            lower(Schema.ATTR_MATCHING_RULE), lower(Schema.ATTR_MATCHING_RULE_USE),
            lower(Schema.ATTR_NAME_FORM), lower(Schema.ATTR_OBJECT_CLASS));

    private StrictSchemaLoader() {
    }

    static Schema fromClasspath(String resource) {
        InputStream in = StrictSchemaLoader.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new SchemaLoadException("Schema resource not found on the class path: " + resource);
        }
        try (LDIFReader reader = new LDIFReader(in)) {
            Entry entry = reader.readEntry();
            if (entry == null) {
                throw new SchemaLoadException("Schema resource " + resource + " contains no entry");
            }
            if (reader.readEntry() != null) {
                throw new SchemaLoadException("Schema resource " + resource + " contains more than one entry");
            }
            return parse(entry, resource);
        } catch (IOException | LDIFException e) {
            throw new SchemaLoadException("Cannot read schema resource " + resource + ": " + e.getMessage(), e);
        }
    }

    private static Schema parse(Entry entry, String source) {
        rejectUnexpectedAttributes(entry, source);
        List<Map<String, LDAPException>> unparsable = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            unparsable.add(new LinkedHashMap<>());
        }
        Schema schema = new Schema(entry, unparsable.get(0), unparsable.get(1), unparsable.get(2),
                unparsable.get(3), unparsable.get(4), unparsable.get(5), unparsable.get(6), unparsable.get(7));
        List<String> problems = new ArrayList<>();
        unparsable.forEach(elements -> elements.forEach((definition, error) ->
                problems.add(definition + " -> " + error.getExceptionMessage())));
        if (!problems.isEmpty()) {
            throw new SchemaLoadException("Unparsable schema element(s) in " + source + ": "
                    + String.join("; ", problems));
        }
        return schema;
    }

    private static void rejectUnexpectedAttributes(Entry entry, String source) {
        for (Attribute attribute : entry.getAttributes()) {
            if (!ALLOWED_ATTRIBUTES.contains(lower(attribute.getBaseName()))) {
                throw new SchemaLoadException("Unexpected attribute '" + attribute.getName() + "' in schema entry "
                        + entry.getDN() + " of " + source);
            }
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
