package my.etika.ldapschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.schema.AttributeTypeDefinition;
import com.unboundid.ldap.sdk.schema.ObjectClassDefinition;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The RFC 4512 and OpenLDAP cn=config files are maintained by hand; this keeps them from drifting apart.
 */
class SchemaFormsConsistencyTest {

    private record AttributeTypeShape(String oid, List<String> names, String description, String syntax,
                                      String equality, String substring, String ordering, String superior,
                                      boolean singleValue, String usage, Map<String, List<String>> extensions) {

        static AttributeTypeShape of(AttributeTypeDefinition type) {
            return new AttributeTypeShape(type.getOID(), List.of(type.getNames()), type.getDescription(),
                    type.getSyntaxOID(), type.getEqualityMatchingRule(), type.getSubstringMatchingRule(),
                    type.getOrderingMatchingRule(), type.getSuperiorType(), type.isSingleValued(),
                    type.getUsage().getName(), sortedExtensions(type.getExtensions()));
        }
    }

    private record ObjectClassShape(String oid, List<String> names, String description, String type,
                                    List<String> superiors, List<String> required, List<String> optional,
                                    Map<String, List<String>> extensions) {

        static ObjectClassShape of(ObjectClassDefinition objectClass) {
            return new ObjectClassShape(objectClass.getOID(), List.of(objectClass.getNames()),
                    objectClass.getDescription(), objectClass.getObjectClassType().getName(),
                    List.of(objectClass.getSuperiorClasses()), List.of(objectClass.getRequiredAttributes()),
                    List.of(objectClass.getOptionalAttributes()), sortedExtensions(objectClass.getExtensions()));
        }
    }

    @Test
    void bothFormsDefineTheSameAttributeTypes() throws Exception {
        List<AttributeTypeShape> rfc4512 = new ArrayList<>();
        for (String definition : values(EtikaSchema.SCHEMA_LDIF_RESOURCE, "attributeTypes")) {
            rfc4512.add(AttributeTypeShape.of(new AttributeTypeDefinition(definition)));
        }
        List<AttributeTypeShape> openLdap = new ArrayList<>();
        for (String definition : values(EtikaSchema.OPENLDAP_SCHEMA_LDIF_RESOURCE, "olcAttributeTypes")) {
            openLdap.add(AttributeTypeShape.of(new AttributeTypeDefinition(withoutOrderingPrefix(definition))));
        }

        assertThat(rfc4512).hasSize(EtikaSchema.ATTRIBUTE_TYPES.size());
        assertThat(openLdap).containsExactlyElementsOf(rfc4512);
    }

    @Test
    void bothFormsDefineTheSameObjectClasses() throws Exception {
        List<ObjectClassShape> rfc4512 = new ArrayList<>();
        for (String definition : values(EtikaSchema.SCHEMA_LDIF_RESOURCE, "objectClasses")) {
            rfc4512.add(ObjectClassShape.of(new ObjectClassDefinition(definition)));
        }
        List<ObjectClassShape> openLdap = new ArrayList<>();
        for (String definition : values(EtikaSchema.OPENLDAP_SCHEMA_LDIF_RESOURCE, "olcObjectClasses")) {
            openLdap.add(ObjectClassShape.of(new ObjectClassDefinition(withoutOrderingPrefix(definition))));
        }

        assertThat(rfc4512).extracting(ObjectClassShape::names).containsExactly(List.of(EtikaSchema.OBJECT_CLASS));
        assertThat(openLdap).containsExactlyElementsOf(rfc4512);
    }

    @Test
    void theOpenLdapFormIsASchemaConfigEntryUnderCnSchemaCnConfig() throws Exception {
        Entry entry = readSingleEntry(EtikaSchema.OPENLDAP_SCHEMA_LDIF_RESOURCE);

        assertThat(entry.getParsedDN().toString()).isEqualTo("cn=etika,cn=schema,cn=config");
        assertThat(entry.getObjectClassValues()).containsExactly("olcSchemaConfig");
    }

    private static List<String> values(String resource, String attribute) throws Exception {
        String[] values = readSingleEntry(resource).getAttributeValues(attribute);
        assertThat(values).as("%s in %s", attribute, resource).isNotNull();
        return Arrays.asList(values);
    }

    private static Entry readSingleEntry(String resource) throws Exception {
        try (InputStream in = SchemaFormsConsistencyTest.class.getClassLoader().getResourceAsStream(resource);
             LDIFReader reader = new LDIFReader(in)) {
            Entry entry = reader.readEntry();
            assertThat(reader.readEntry()).as("a second entry in %s", resource).isNull();
            return entry;
        }
    }

    /** slapd may store values as {@code {0}( ... )}; a hand-written file may carry the prefix too. */
    private static String withoutOrderingPrefix(String definition) {
        return definition.replaceFirst("^\\{\\d+}", "");
    }

    private static Map<String, List<String>> sortedExtensions(Map<String, String[]> extensions) {
        Map<String, List<String>> sorted = new TreeMap<>();
        extensions.forEach((name, values) -> sorted.put(name, List.of(values)));
        return sorted;
    }
}
