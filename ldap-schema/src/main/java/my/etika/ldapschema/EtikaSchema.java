package my.etika.ldapschema;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.schema.Schema;

import java.util.List;

/**
 * Names of the Etika schema elements and strict loaders for the UnboundID LDAP SDK.
 *
 * <p>{@code etikaOfficer} is an AUXILIARY class meant to sit on an {@code inetOrgPerson} entry; all its
 * attributes are optional and single-valued.
 */
public final class EtikaSchema {

    /** The 2.25 UUID arc the Etika OIDs live under: {@code .1.N} attribute types, {@code .2.N} object classes. */
    public static final String OID_ARC = "2.25.68245258668869489397049411990521681893";

    public static final String OBJECT_CLASS = "etikaOfficer";

    public static final String GRADE = "etikaGrade";
    public static final String GRADE_SYSTEM = "etikaGradeSystem";
    public static final String SERVICE_SCHEME = "etikaServiceScheme";
    public static final String SERVICE_GROUP = "etikaServiceGroup";
    public static final String POSITION_CODE = "etikaPositionCode";
    public static final String AGENCY_CODE = "etikaAgencyCode";
    public static final String DUTY_STATION_STATE = "etikaDutyStationState";
    public static final String OFFICER_STATUS = "etikaOfficerStatus";

    /** Every Etika attribute type, in OID order. */
    public static final List<String> ATTRIBUTE_TYPES = List.of(GRADE, GRADE_SYSTEM, SERVICE_SCHEME, SERVICE_GROUP,
            POSITION_CODE, AGENCY_CODE, DUTY_STATION_STATE, OFFICER_STATUS);

    /** Class-path resource (no leading slash) of the RFC 4512 form ({@code dn: cn=schema}). */
    public static final String SCHEMA_LDIF_RESOURCE = "my/etika/ldapschema/etika-schema.ldif";

    /** Class-path resource (no leading slash) of the OpenLDAP cn=config form ({@code cn=etika,cn=schema,cn=config}). */
    public static final String OPENLDAP_SCHEMA_LDIF_RESOURCE = "my/etika/ldapschema/etika-schema-openldap.ldif";

    private EtikaSchema() {
    }

    /**
     * The UnboundID default standard schema merged with the Etika schema, for an in-memory directory with schema
     * checking on.
     *
     * @throws SchemaLoadException if an Etika element is unparsable or refers to a syntax, matching rule,
     *                             superior class or attribute type the merged schema lacks
     */
    public static Schema standardWithEtika() {
        Schema etika = etikaOnly();
        Schema merged = Schema.mergeSchemas(defaultStandardSchema(), etika);
        SchemaReferenceCheck.requireResolvable(etika, merged);
        return merged;
    }

    /**
     * The Etika definitions alone, parsed strictly from {@link #SCHEMA_LDIF_RESOURCE}.
     *
     * @throws SchemaLoadException if the resource is missing or any element in it is unparsable
     */
    public static Schema etikaOnly() {
        return StrictSchemaLoader.fromClasspath(SCHEMA_LDIF_RESOURCE);
    }

    private static Schema defaultStandardSchema() {
        try {
            return Schema.getDefaultStandardSchema();
        } catch (LDAPException e) {
            throw new SchemaLoadException("Cannot load the UnboundID default standard schema: "
                    + e.getExceptionMessage(), e);
        }
    }
}
