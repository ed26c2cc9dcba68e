package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.sdk.Filter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import my.etika.directory.control.AttributeMapping.StableIdEncoding;
import my.etika.directory.control.AttributeMapping.StatusRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttributeMappingTest {

    @Test
    void etikaProfileReadsTheEtikaSchemaOnInetOrgPerson() {
        AttributeMapping mapping = AttributeMapping.of(MappingProfile.ETIKA, Map.of());

        assertThat(mapping.profile()).isEqualTo(MappingProfile.ETIKA);
        assertThat(mapping.personObjectClass()).isEqualTo("inetOrgPerson");
        assertThat(mapping.stableId()).isEqualTo("entryUUID");
        assertThat(mapping.stableIdEncoding()).isEqualTo(StableIdEncoding.TEXT);
        assertThat(mapping.login()).isEqualTo("uid");
        assertThat(mapping.fullName()).isEqualTo("displayName");
        assertThat(mapping.fullNameFallback()).isEqualTo("cn");
        assertThat(mapping.mail()).isEqualTo("mail");
        assertThat(mapping.employeeNumber()).isEqualTo("employeeNumber");
        assertThat(mapping.grade()).isEqualTo("etikaGrade");
        assertThat(mapping.gradeSystem()).isEqualTo("etikaGradeSystem");
        assertThat(mapping.serviceScheme()).isEqualTo("etikaServiceScheme");
        assertThat(mapping.serviceGroup()).isEqualTo("etikaServiceGroup");
        assertThat(mapping.positionTitle()).isEqualTo("title");
        assertThat(mapping.positionCode()).isEqualTo("etikaPositionCode");
        assertThat(mapping.agencyCode()).isEqualTo("etikaAgencyCode");
        assertThat(mapping.orgUnit()).isEqualTo("ou");
        assertThat(mapping.dutyStationState()).isEqualTo("etikaDutyStationState");
        assertThat(mapping.status()).isEqualTo("etikaOfficerStatus");
        assertThat(mapping.accountLock()).isNull();
        assertThat(mapping.statusRule()).isEqualTo(StatusRule.ETIKA_STATUS_ATTRIBUTE);
        assertThat(mapping.manager()).isEqualTo("manager");
    }

    @Test
    void plainInetOrgPersonProfileHasNoEtikaFieldsAndTreatsEveryoneAsActive() {
        AttributeMapping mapping = AttributeMapping.of(MappingProfile.INET_ORG_PERSON, Map.of());

        assertThat(mapping.personObjectClass()).isEqualTo("inetOrgPerson");
        assertThat(mapping.stableId()).isEqualTo("entryUUID");
        assertThat(mapping.stableIdEncoding()).isEqualTo(StableIdEncoding.TEXT);
        assertThat(mapping.login()).isEqualTo("uid");
        assertThat(mapping.fullName()).isEqualTo("displayName");
        assertThat(mapping.fullNameFallback()).isEqualTo("cn");
        assertThat(mapping.mail()).isEqualTo("mail");
        assertThat(mapping.employeeNumber()).isEqualTo("employeeNumber");
        assertThat(mapping.positionTitle()).isEqualTo("title");
        assertThat(mapping.orgUnit()).isEqualTo("ou");
        assertThat(mapping.manager()).isEqualTo("manager");
        assertThat(new String[] {mapping.grade(), mapping.gradeSystem(), mapping.serviceScheme(),
            mapping.serviceGroup(), mapping.positionCode(), mapping.agencyCode(), mapping.dutyStationState(),
            mapping.status(), mapping.accountLock()}).containsOnlyNulls();
        assertThat(mapping.statusRule()).isEqualTo(StatusRule.ALWAYS_ACTIVE);
    }

    @Test
    void activeDirectoryProfileFollowsTheLdapSchemaReadme() {
        AttributeMapping mapping = AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY, Map.of());

        assertThat(mapping.personObjectClass()).isEqualTo("user");
        assertThat(mapping.stableId()).isEqualTo("objectGUID");
        assertThat(mapping.stableIdEncoding()).isEqualTo(StableIdEncoding.GUID);
        assertThat(mapping.login()).isEqualTo("sAMAccountName");
        assertThat(mapping.fullName()).isEqualTo("displayName");
        assertThat(mapping.fullNameFallback()).isEqualTo("cn");
        assertThat(mapping.mail()).isEqualTo("mail");
        assertThat(mapping.employeeNumber()).isEqualTo("employeeID");
        assertThat(mapping.grade()).isEqualTo("extensionAttribute1");
        assertThat(mapping.gradeSystem()).isEqualTo("extensionAttribute2");
        assertThat(mapping.serviceScheme()).isEqualTo("extensionAttribute3");
        assertThat(mapping.serviceGroup()).isEqualTo("extensionAttribute4");
        assertThat(mapping.positionCode()).isEqualTo("extensionAttribute5");
        assertThat(mapping.agencyCode()).isEqualTo("extensionAttribute6");
        assertThat(mapping.dutyStationState()).isEqualTo("extensionAttribute7");
        assertThat(mapping.status()).isEqualTo("extensionAttribute8");
        assertThat(mapping.positionTitle()).isEqualTo("title");
        assertThat(mapping.orgUnit()).isEqualTo("department");
        assertThat(mapping.accountLock()).isEqualTo("userAccountControl");
        assertThat(mapping.statusRule()).isEqualTo(StatusRule.AD_USER_ACCOUNT_CONTROL);
        assertThat(mapping.manager()).isEqualTo("manager");
    }

    @Test
    void ds389ProfileIsTheEtikaSchemaWithNsUniqueIdAndAccountLock() {
        AttributeMapping mapping = AttributeMapping.of(MappingProfile.DS389, Map.of());
        AttributeMapping etika = AttributeMapping.of(MappingProfile.ETIKA, Map.of());

        assertThat(mapping.stableId()).isEqualTo("nsUniqueId");
        assertThat(mapping.stableIdEncoding()).isEqualTo(StableIdEncoding.TEXT);
        assertThat(mapping.accountLock()).isEqualTo("nsAccountLock");
        assertThat(mapping.statusRule()).isEqualTo(StatusRule.DS389_ACCOUNT_LOCK);
        assertThat(mapping.status()).isEqualTo("etikaOfficerStatus");
        assertThat(mapping.personObjectClass()).isEqualTo("inetOrgPerson");
        assertThat(mapping).usingRecursiveComparison()
                .ignoringFields("profile", "stableId", "accountLock", "statusRule").isEqualTo(etika);
    }

    @Test
    void overridesMapFieldsToOtherAttributes() {
        AttributeMapping mapping = AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY,
                Map.of("grade", "extensionAttribute10", "login", " userPrincipalName ", "orgUnit", "departmentNumber"));

        assertThat(mapping.grade()).isEqualTo("extensionAttribute10");
        assertThat(mapping.login()).isEqualTo("userPrincipalName");
        assertThat(mapping.orgUnit()).isEqualTo("departmentNumber");
        assertThat(mapping.gradeSystem()).isEqualTo("extensionAttribute2");
    }

    @Test
    void anEmptyOverrideUnmapsTheField() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("agencyCode", "");
        overrides.put("orgUnit", " ");
        overrides.put("status", null);
        AttributeMapping mapping = AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY, overrides);

        assertThat(mapping.agencyCode()).isNull();
        assertThat(mapping.orgUnit()).isNull();
        assertThat(mapping.status()).isNull();
        assertThat(mapping.accountLock()).isEqualTo("userAccountControl");
    }

    @Test
    void theStableIdIsDecodedAsAGuidOnlyForAdsBinaryGuidAttributes() {
        assertThat(AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY, Map.of("stableId", "entryUUID"))
                .stableIdEncoding()).isEqualTo(StableIdEncoding.TEXT);
        assertThat(AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY, Map.of("stableId", "mS-DS-ConsistencyGuid"))
                .stableIdEncoding()).isEqualTo(StableIdEncoding.GUID);
        assertThat(AttributeMapping.of(MappingProfile.ETIKA, Map.of("stableId", "objectguid")).stableIdEncoding())
                .isEqualTo(StableIdEncoding.GUID);
    }

    @Test
    void findsAnAdEntryByItsGuidInAdByteOrder() {
        Filter filter = AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY, Map.of())
                .stableIdFilter("0f8fad5b-d9cb-469f-a165-70867728950e");

        assertThat(filter.getFilterType()).isEqualTo(Filter.FILTER_TYPE_EQUALITY);
        assertThat(filter.getAttributeName()).isEqualTo("objectGUID");
        assertThat(HexFormat.of().formatHex(filter.getAssertionValueBytes()))
                .isEqualTo("5bad8f0fcbd99f46a16570867728950e");
        assertThatThrownBy(() -> AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY, Map.of())
                .stableIdFilter("not-a-guid")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsATextStableIdVerbatim() {
        Filter filter = AttributeMapping.of(MappingProfile.DS389, Map.of())
                .stableIdFilter("b5f7b382-1dd111b2-80b8c0ed-6e7b0000");

        assertThat(filter.toString()).isEqualTo("(nsUniqueId=b5f7b382-1dd111b2-80b8c0ed-6e7b0000)");
    }

    @Test
    void guidEncodingRoundTrips() {
        String id = "ffeeddcc-bbaa-9988-7766-554433221100";

        assertThat(StableIdEncoding.GUID.decode(StableIdEncoding.GUID.encode(id))).contains(id);
        assertThat(HexFormat.of().formatHex(StableIdEncoding.GUID.encode(id)))
                .isEqualTo("ccddeeffaabb88997766554433221100");
        assertThat(StableIdEncoding.GUID.decode(new byte[15])).isEmpty();
        assertThat(StableIdEncoding.TEXT.decode(" x ".getBytes(StandardCharsets.UTF_8))).contains("x");
        assertThat(StableIdEncoding.TEXT.decode(" ".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void mappingAStatusOnPlainInetOrgPersonReadsIt() {
        AttributeMapping mapping = AttributeMapping.of(MappingProfile.INET_ORG_PERSON,
                Map.of("status", "employeeType"));

        assertThat(mapping.status()).isEqualTo("employeeType");
        assertThat(mapping.statusRule()).isEqualTo(StatusRule.ETIKA_STATUS_ATTRIBUTE);
    }

    @Test
    void refusesAnUnknownField() {
        assertThatThrownBy(() -> AttributeMapping.of(MappingProfile.ETIKA, Map.of("gred", "etikaGrade")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gred");
    }

    @Test
    void refusesToUnmapARequiredField() {
        for (String required : new String[] {"stableId", "login", "fullName", "personObjectClass"}) {
            assertThatThrownBy(() -> AttributeMapping.of(MappingProfile.ETIKA, Map.of(required, "")))
                    .as(required).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(required);
        }
    }

    @Test
    void refusesAMalformedAttributeName() {
        assertThatThrownBy(() -> AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY,
                Map.of("grade", "extension attribute 1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("extension attribute 1");
        assertThat(AttributeMapping.of(MappingProfile.ETIKA, Map.of("grade", "2.25.1.1")).grade())
                .isEqualTo("2.25.1.1");
    }

    @ParameterizedTest
    @EnumSource(MappingProfile.class)
    void requestedAttributesHaveNoNullsAndNoDuplicates(MappingProfile profile) {
        String[] attributes = AttributeMapping.of(profile, Map.of()).requestedAttributes();

        assertThat(attributes).isNotEmpty().doesNotContainNull();
        assertThat(Arrays.stream(attributes).map(name -> name.toLowerCase(Locale.ROOT))).doesNotHaveDuplicates();
    }

    @Test
    void requestedAttributesAreEveryMappedAttribute() {
        assertThat(AttributeMapping.of(MappingProfile.ETIKA, Map.of()).requestedAttributes())
                .containsExactlyInAnyOrder("entryUUID", "uid", "displayName", "cn", "mail", "employeeNumber",
                        "etikaGrade", "etikaGradeSystem", "etikaServiceScheme", "etikaServiceGroup", "title",
                        "etikaPositionCode", "etikaAgencyCode", "ou", "etikaDutyStationState", "etikaOfficerStatus",
                        "manager");
        assertThat(AttributeMapping.of(MappingProfile.INET_ORG_PERSON, Map.of()).requestedAttributes())
                .containsExactlyInAnyOrder("entryUUID", "uid", "displayName", "cn", "mail", "employeeNumber",
                        "title", "ou", "manager");
        assertThat(AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY, Map.of()).requestedAttributes())
                .contains("objectGUID", "sAMAccountName", "employeeID", "department", "extensionAttribute8",
                        "userAccountControl")
                .doesNotContain("user", "uid", "ou");
        assertThat(AttributeMapping.of(MappingProfile.DS389, Map.of()).requestedAttributes())
                .contains("nsUniqueId", "nsAccountLock", "etikaOfficerStatus").doesNotContain("entryUUID");
    }

    @Test
    void requestedAttributesNameAnAttributeMappedTwiceOnce() {
        AttributeMapping mapping = AttributeMapping.of(MappingProfile.ETIKA,
                Map.of("fullName", "CN", "orgUnit", "title"));

        assertThat(mapping.requestedAttributes()).containsOnlyOnce("CN", "title").doesNotContain("cn", "ou");
    }

    @Test
    void toStringListsTheMapping() {
        String ad = AttributeMapping.of(MappingProfile.ACTIVE_DIRECTORY, Map.of("orgUnit", "")).toString();
        String plain = AttributeMapping.of(MappingProfile.INET_ORG_PERSON, Map.of()).toString();

        assertThat(ad).startsWith("AttributeMapping[ACTIVE_DIRECTORY: ").contains("stableId=objectGUID (GUID)",
                "login=sAMAccountName", "grade=extensionAttribute1", "orgUnit=(parent RDN)",
                "status=extensionAttribute8 (AD_USER_ACCOUNT_CONTROL)", "accountLock=userAccountControl");
        assertThat(plain).contains("grade=-", "status=- (ALWAYS_ACTIVE)", "orgUnit=ou");
    }
}
