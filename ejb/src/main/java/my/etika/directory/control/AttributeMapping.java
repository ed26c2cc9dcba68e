package my.etika.directory.control;

import static java.util.Map.entry;

import com.unboundid.ldap.sdk.Filter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import my.etika.ldapschema.EtikaSchema;

/**
 * Which directory attribute holds each officer field, for one directory type. A {@code null} attribute means the
 * field is not mapped. Defaults per {@link MappingProfile} follow the table in the ldap-schema README.
 *
 * @param fullNameFallback read when {@code fullName} is absent
 * @param orgUnit {@code null}, or absent on the entry: the value of the parent RDN of the entry's DN
 * @param status the service status, with {@code etikaOfficerStatus} values
 * @param accountLock the attribute that disables the account, read as {@code statusRule} says
 */
public record AttributeMapping(
        MappingProfile profile,
        String personObjectClass,
        String stableId,
        StableIdEncoding stableIdEncoding,
        String login,
        String fullName,
        String fullNameFallback,
        String mail,
        String employeeNumber,
        String grade,
        String gradeSystem,
        String serviceScheme,
        String serviceGroup,
        String positionTitle,
        String positionCode,
        String agencyCode,
        String orgUnit,
        String dutyStationState,
        String status,
        String accountLock,
        StatusRule statusRule,
        String manager) {

    /** How the stable id's value becomes the officer's directory id. */
    public enum StableIdEncoding {
        /** A string kept verbatim: {@code entryUUID}, or 389-DS {@code nsUniqueId} (not in UUID form). */
        TEXT,
        /**
         * AD's 16-byte binary GUID, as the canonical lower-case UUID string. AD's byte order has the first three
         * fields little-endian and the last eight bytes in order.
         */
        GUID;

        private static final int GUID_LENGTH = 16;

        /** The directory id an attribute value stands for; {@code empty()} for blank text or a GUID not of 16 bytes. */
        public Optional<String> decode(byte[] value) {
            return switch (this) {
                case TEXT -> Optional.of(new String(value, StandardCharsets.UTF_8).trim()).filter(id -> !id.isEmpty());
                case GUID -> value.length == GUID_LENGTH ? Optional.of(guidString(value)) : Optional.empty();
            };
        }

        /**
         * The attribute value of a directory id, to search by it.
         *
         * @throws IllegalArgumentException for a GUID id that is not a UUID string
         */
        public byte[] encode(String directoryId) {
            return switch (this) {
                case TEXT -> directoryId.getBytes(StandardCharsets.UTF_8);
                case GUID -> guidBytes(UUID.fromString(directoryId));
            };
        }

        private static String guidString(byte[] guid) {
            ByteBuffer bytes = ByteBuffer.wrap(guid);
            long data1 = Integer.toUnsignedLong(Integer.reverseBytes(bytes.getInt()));
            long data2 = Short.toUnsignedLong(Short.reverseBytes(bytes.getShort()));
            long data3 = Short.toUnsignedLong(Short.reverseBytes(bytes.getShort()));
            return new UUID(data1 << 32 | data2 << 16 | data3, bytes.getLong()).toString();
        }

        private static byte[] guidBytes(UUID uuid) {
            long high = uuid.getMostSignificantBits();
            return ByteBuffer.allocate(GUID_LENGTH)
                    .putInt(Integer.reverseBytes((int) (high >>> 32)))
                    .putShort(Short.reverseBytes((short) (high >>> 16)))
                    .putShort(Short.reverseBytes((short) high))
                    .putLong(uuid.getLeastSignificantBits())
                    .array();
        }
    }

    /** How an officer's {@link my.etika.officer.entity.OfficerStatus} is derived. */
    public enum StatusRule {
        /** The {@code status} attribute's value; an entry without one is active. */
        ETIKA_STATUS_ATTRIBUTE,
        /**
         * The {@code status} attribute where the entry has one; otherwise {@code userAccountControl} bit
         * {@code 0x2} (ACCOUNTDISABLE) set means inactive.
         */
        AD_USER_ACCOUNT_CONTROL,
        /**
         * The {@code status} attribute where the entry has one; otherwise {@code nsAccountLock: TRUE} means
         * inactive.
         */
        DS389_ACCOUNT_LOCK,
        /** Every officer is active: the directory says nothing about service status. */
        ALWAYS_ACTIVE
    }

    /** The officer fields a mapping names an attribute for, as the override keys spell them. */
    public static final List<String> FIELDS = List.of("personObjectClass", "stableId", "login", "fullName",
            "fullNameFallback", "mail", "employeeNumber", "grade", "gradeSystem", "serviceScheme", "serviceGroup",
            "positionTitle", "positionCode", "agencyCode", "orgUnit", "dutyStationState", "status", "accountLock",
            "manager");
    private static final Set<String> REQUIRED = Set.of("personObjectClass", "stableId", "login", "fullName");
    private static final Set<String> BINARY_GUIDS = Set.of("objectguid", "ms-ds-consistencyguid");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*|[0-9]+(\\.[0-9]+)+");

    public AttributeMapping {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(personObjectClass, "personObjectClass");
        Objects.requireNonNull(stableId, "stableId");
        Objects.requireNonNull(stableIdEncoding, "stableIdEncoding");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(statusRule, "statusRule");
    }

    /**
     * The profile's defaults with some fields mapped differently.
     *
     * @param overrides field name ({@code grade}, {@code orgUnit}, {@code stableId} …) → attribute name; an empty
     *     value unmaps the field. The stable id is decoded as a binary GUID when it is {@code objectGUID} or
     *     {@code mS-DS-ConsistencyGuid}, as text otherwise. Mapping {@code status} on {@link
     *     MappingProfile#INET_ORG_PERSON} makes it read that attribute instead of treating everyone as active.
     * @throws IllegalArgumentException for an unknown field, a malformed attribute name, or an unmapped
     *     {@code personObjectClass}, {@code stableId}, {@code login} or {@code fullName}
     */
    public static AttributeMapping of(MappingProfile profile, Map<String, String> overrides) {
        Map<String, String> names = defaults(profile);
        overrides.forEach((field, attribute) -> {
            if (!names.containsKey(field)) {
                throw new IllegalArgumentException("Unknown attribute mapping field '" + field + "'; known: " + FIELDS);
            }
            names.put(field, attributeName(field, attribute));
        });
        String stableId = names.get("stableId");
        StableIdEncoding encoding = BINARY_GUIDS.contains(stableId.toLowerCase(Locale.ROOT)) ? StableIdEncoding.GUID
                : StableIdEncoding.TEXT;
        return new AttributeMapping(profile, names.get("personObjectClass"), stableId, encoding, names.get("login"),
                names.get("fullName"), names.get("fullNameFallback"), names.get("mail"), names.get("employeeNumber"),
                names.get("grade"), names.get("gradeSystem"), names.get("serviceScheme"), names.get("serviceGroup"),
                names.get("positionTitle"), names.get("positionCode"), names.get("agencyCode"), names.get("orgUnit"),
                names.get("dutyStationState"), names.get("status"), names.get("accountLock"),
                statusRule(profile, names.get("status")), names.get("manager"));
    }

    /**
     * An equality filter that finds the entry with this directory id.
     *
     * @throws IllegalArgumentException for a GUID id that is not a UUID string
     */
    public Filter stableIdFilter(String directoryId) {
        return Filter.createEqualityFilter(stableId, stableIdEncoding.encode(directoryId));
    }

    /**
     * The filter that selects officers' entries: on Active Directory {@code objectClass=user} alone also matches
     * computer accounts, so people are told apart by {@code objectCategory}.
     */
    public Filter personFilter() {
        Filter byClass = Filter.createEqualityFilter("objectClass", personObjectClass);
        return profile == MappingProfile.ACTIVE_DIRECTORY
                ? Filter.createANDFilter(Filter.createEqualityFilter("objectCategory", "person"), byClass) : byClass;
    }

    /** Every mapped attribute once, for a search's attribute list. */
    public String[] requestedAttributes() {
        Map<String, String> unique = new LinkedHashMap<>();
        attributesByField().forEach((field, attribute) -> {
            if (attribute != null && !field.equals("personObjectClass")) {
                unique.putIfAbsent(attribute.toLowerCase(Locale.ROOT), attribute);
            }
        });
        return unique.values().toArray(String[]::new);
    }

    @Override
    public String toString() {
        return attributesByField().entrySet().stream()
                .map(field -> field.getKey() + "=" + describe(field.getKey(), field.getValue()))
                .collect(Collectors.joining(", ", "AttributeMapping[" + profile + ": ", "]"));
    }

    private String describe(String field, String attribute) {
        return switch (field) {
            case "stableId" -> attribute + " (" + stableIdEncoding + ")";
            case "orgUnit" -> attribute == null ? "(parent RDN)" : attribute;
            case "status" -> (attribute == null ? "-" : attribute) + " (" + statusRule + ")";
            default -> attribute == null ? "-" : attribute;
        };
    }

    private Map<String, String> attributesByField() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("personObjectClass", personObjectClass);
        names.put("stableId", stableId);
        names.put("login", login);
        names.put("fullName", fullName);
        names.put("fullNameFallback", fullNameFallback);
        names.put("mail", mail);
        names.put("employeeNumber", employeeNumber);
        names.put("grade", grade);
        names.put("gradeSystem", gradeSystem);
        names.put("serviceScheme", serviceScheme);
        names.put("serviceGroup", serviceGroup);
        names.put("positionTitle", positionTitle);
        names.put("positionCode", positionCode);
        names.put("agencyCode", agencyCode);
        names.put("orgUnit", orgUnit);
        names.put("dutyStationState", dutyStationState);
        names.put("status", status);
        names.put("accountLock", accountLock);
        names.put("manager", manager);
        return names;
    }

    private static Map<String, String> defaults(MappingProfile profile) {
        Map<String, String> names = new LinkedHashMap<>();
        FIELDS.forEach(field -> names.put(field, null));
        names.putAll(Map.ofEntries(entry("personObjectClass", "inetOrgPerson"), entry("stableId", "entryUUID"),
                entry("login", "uid"), entry("fullName", "displayName"), entry("fullNameFallback", "cn"),
                entry("mail", "mail"), entry("employeeNumber", "employeeNumber"), entry("positionTitle", "title"),
                entry("orgUnit", "ou"), entry("manager", "manager")));
        switch (profile) {
            case ETIKA -> names.putAll(etikaSchemaAttributes());
            case INET_ORG_PERSON -> {
                // the inetOrgPerson attributes above
            }
            case DS389 -> {
                names.putAll(etikaSchemaAttributes());
                names.put("stableId", "nsUniqueId");
                names.put("accountLock", "nsAccountLock");
            }
            case ACTIVE_DIRECTORY -> names.putAll(Map.ofEntries(entry("personObjectClass", "user"),
                    entry("stableId", "objectGUID"), entry("login", "sAMAccountName"),
                    entry("employeeNumber", "employeeID"), entry("orgUnit", "department"),
                    entry("grade", "extensionAttribute1"), entry("gradeSystem", "extensionAttribute2"),
                    entry("serviceScheme", "extensionAttribute3"), entry("serviceGroup", "extensionAttribute4"),
                    entry("positionCode", "extensionAttribute5"), entry("agencyCode", "extensionAttribute6"),
                    entry("dutyStationState", "extensionAttribute7"), entry("status", "extensionAttribute8"),
                    entry("accountLock", "userAccountControl")));
        }
        return names;
    }

    private static Map<String, String> etikaSchemaAttributes() {
        return Map.of("grade", EtikaSchema.GRADE, "gradeSystem", EtikaSchema.GRADE_SYSTEM,
                "serviceScheme", EtikaSchema.SERVICE_SCHEME, "serviceGroup", EtikaSchema.SERVICE_GROUP,
                "positionCode", EtikaSchema.POSITION_CODE, "agencyCode", EtikaSchema.AGENCY_CODE,
                "dutyStationState", EtikaSchema.DUTY_STATION_STATE, "status", EtikaSchema.OFFICER_STATUS);
    }

    private static StatusRule statusRule(MappingProfile profile, String statusAttribute) {
        return switch (profile) {
            case ETIKA -> StatusRule.ETIKA_STATUS_ATTRIBUTE;
            case INET_ORG_PERSON -> statusAttribute == null ? StatusRule.ALWAYS_ACTIVE
                    : StatusRule.ETIKA_STATUS_ATTRIBUTE;
            case ACTIVE_DIRECTORY -> StatusRule.AD_USER_ACCOUNT_CONTROL;
            case DS389 -> StatusRule.DS389_ACCOUNT_LOCK;
        };
    }

    private static String attributeName(String field, String attribute) {
        String name = attribute == null ? "" : attribute.trim();
        if (name.isEmpty()) {
            if (REQUIRED.contains(field)) {
                throw new IllegalArgumentException("The attribute mapping field '" + field + "' cannot be unmapped");
            }
            return null;
        }
        if (!ATTRIBUTE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an attribute name (mapping field '" + field
                    + "')");
        }
        return name;
    }
}
