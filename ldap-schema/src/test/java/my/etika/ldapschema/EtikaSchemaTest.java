package my.etika.ldapschema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.schema.AttributeTypeDefinition;
import com.unboundid.ldap.sdk.schema.ObjectClassDefinition;
import com.unboundid.ldap.sdk.schema.ObjectClassType;
import com.unboundid.ldap.sdk.schema.Schema;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EtikaSchemaTest {

    private static final String RESOURCES = "my/etika/ldapschema/";

    @Test
    void etikaOnlyDefinesTheEightAttributeTypesAndTheAuxiliaryClass() {
        Schema schema = EtikaSchema.etikaOnly();

        assertThat(schema.getAttributeTypes()).extracting(AttributeTypeDefinition::getNameOrOID)
                .containsExactlyElementsOf(EtikaSchema.ATTRIBUTE_TYPES);
        assertThat(schema.getAttributeTypes()).extracting(AttributeTypeDefinition::getOID)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 8)
                        .mapToObj(n -> EtikaSchema.OID_ARC + ".1." + n).toList());
        assertThat(schema.getAttributeTypes()).allSatisfy(type -> {
            assertThat(type.isSingleValued()).as("%s single-valued", type.getNameOrOID()).isTrue();
            assertThat(type.getBaseSyntaxOID()).isEqualTo("1.3.6.1.4.1.1466.115.121.1.15");
            assertThat(type.getSyntaxOID()).as("length bound").matches(".*\\{\\d+}");
            assertThat(type.getEqualityMatchingRule()).isEqualTo("caseIgnoreMatch");
            assertThat(type.getDescription()).isNotBlank();
            assertThat(type.getExtensions().get("X-ORIGIN")).containsExactly("Etika");
        });

        ObjectClassDefinition officer = schema.getObjectClass(EtikaSchema.OBJECT_CLASS);
        assertThat(officer.getOID()).isEqualTo(EtikaSchema.OID_ARC + ".2.1");
        assertThat(officer.getObjectClassType()).isEqualTo(ObjectClassType.AUXILIARY);
        assertThat(officer.getSuperiorClasses()).containsExactly("top");
        assertThat(officer.getRequiredAttributes()).isEmpty();
        assertThat(officer.getOptionalAttributes()).containsExactlyElementsOf(EtikaSchema.ATTRIBUTE_TYPES);
    }

    @Test
    void standardWithEtikaHasInetOrgPersonAndEtikaOfficer() {
        Schema schema = EtikaSchema.standardWithEtika();

        assertThat(schema.getObjectClass("inetOrgPerson")).isNotNull();
        assertThat(schema.getObjectClass(EtikaSchema.OBJECT_CLASS)).isNotNull();
        assertThat(schema.getAttributeType(EtikaSchema.OFFICER_STATUS)).isNotNull();
        assertThat(schema.getAttributeType("entryUUID")).isNotNull();
    }

    @Test
    void lenientUnboundIdLoadingSilentlyDropsAMalformedElement() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(RESOURCES + "malformed-schema.ldif")) {
            Schema lenient = Schema.getSchema(in);

            assertThat(lenient.getAttributeType("etikaTestWellFormed")).isNotNull();
            assertThat(lenient.getAttributeType("etikaTestMalformed")).isNull();
        }
    }

    @Test
    void strictLoadingRefusesAMalformedElement() {
        assertThatThrownBy(() -> StrictSchemaLoader.fromClasspath(RESOURCES + "malformed-schema.ldif"))
                .isInstanceOf(SchemaLoadException.class)
                .hasMessageContaining("Unparsable")
                .hasMessageContaining("etikaTestMalformed")
                .hasMessageNotContaining("etikaTestWellFormed");
    }

    @Test
    void strictLoadingRefusesAMisspeltSchemaAttribute() {
        assertThatThrownBy(() -> StrictSchemaLoader.fromClasspath(RESOURCES + "misspelt-attribute-schema.ldif"))
                .isInstanceOf(SchemaLoadException.class)
                .hasMessageContaining("attributeType");
    }

    @Test
    void strictLoadingRefusesAMissingResource() {
        assertThatThrownBy(() -> StrictSchemaLoader.fromClasspath(RESOURCES + "no-such-schema.ldif"))
                .isInstanceOf(SchemaLoadException.class)
                .hasMessageContaining("no-such-schema.ldif");
    }

    @Test
    void unresolvableReferencesAreRefused() {
        Schema extension = StrictSchemaLoader.fromClasspath(RESOURCES + "unresolvable-schema.ldif");
        Schema merged = Schema.mergeSchemas(EtikaSchema.standardWithEtika(), extension);

        assertThatThrownBy(() -> SchemaReferenceCheck.requireResolvable(extension, merged))
                .isInstanceOf(SchemaLoadException.class)
                .hasMessageContaining("caseIgnoreMatc")
                .hasMessageContaining("etikaTestMissing");
    }

    @Test
    void etikaReferencesResolveAgainstTheStandardSchema() {
        Schema merged = EtikaSchema.standardWithEtika();

        List<String> referenced = List.of("caseIgnoreMatch", "caseIgnoreSubstringsMatch");
        assertThat(referenced).allSatisfy(rule -> assertThat(merged.getMatchingRule(rule)).isNotNull());
        assertThat(merged.getAttributeSyntax("1.3.6.1.4.1.1466.115.121.1.15")).isNotNull();
    }
}
