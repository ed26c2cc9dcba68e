package my.etika.directory.control;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import my.etika.directory.control.AttributeMapping.StableIdEncoding;
import my.etika.directory.control.AttributeMapping.StatusRule;
import my.etika.officer.entity.OfficerProfile;
import my.etika.officer.entity.OfficerStatus;

/**
 * Maps a directory entry to an officer profile through an {@link AttributeMapping}, or rejects it with a
 * {@code sync.error.*} key. Values are trimmed and an empty value counts as absent. Bad data never throws.
 */
public final class DirectoryEntryMapper {

    public static final String MISSING_STABLE_ID = "sync.error.missingStableId";
    public static final String MALFORMED_STABLE_ID = "sync.error.malformedStableId";
    public static final String MISSING_LOGIN = "sync.error.missingLogin";
    public static final String MISSING_NAME = "sync.error.missingName";
    public static final String MALFORMED_MAIL = "sync.error.malformedMail";
    public static final String UNKNOWN_STATUS = "sync.error.unknownStatus";
    public static final String UNKNOWN_SERVICE_GROUP = "sync.error.unknownServiceGroup";
    public static final String UNKNOWN_STATE = "sync.error.unknownState";
    public static final String MALFORMED_MANAGER = "sync.error.malformedManager";

    private static final Set<String> SERVICE_GROUPS = Set.of("TOP_MANAGEMENT", "MANAGEMENT_PROFESSIONAL", "SUPPORT");
    /** ISO 3166-2:MY. */
    private static final Pattern DUTY_STATION_STATE = Pattern.compile("MY-0[1-9]|MY-1[0-6]");
    private static final long AD_ACCOUNT_DISABLED = 0x2;

    private final AttributeMapping mapping;

    public DirectoryEntryMapper(AttributeMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    /** The officer this entry describes, or why it cannot be one. */
    public EntryMapping map(Entry entry) {
        String dn = entry.getDN();
        Checked<String> stableId = stableId(entry);
        if (stableId.failed()) {
            return new EntryMapping.Rejected(dn, null, stableId.reasonKey(), stableId.detail());
        }
        String id = stableId.value();
        String login = text(entry, mapping.login());
        if (login == null) {
            return new EntryMapping.Rejected(dn, id, MISSING_LOGIN, null);
        }
        String fullName = Optional.ofNullable(text(entry, mapping.fullName()))
                .orElseGet(() -> text(entry, mapping.fullNameFallback()));
        if (fullName == null) {
            return new EntryMapping.Rejected(dn, id, MISSING_NAME, null);
        }
        String mail = lowerCase(text(entry, mapping.mail()));
        if (mail != null && !isPlausibleMail(mail)) {
            return new EntryMapping.Rejected(dn, id, MALFORMED_MAIL, text(entry, mapping.mail()));
        }
        String grade = text(entry, mapping.grade());
        String gradeSystem = text(entry, mapping.gradeSystem());
        Optional<String> gradeProblem = GradeRules.problem(grade, gradeSystem);
        if (gradeProblem.isPresent()) {
            return new EntryMapping.Rejected(dn, id, gradeProblem.get(), gradeDetail(gradeProblem.get(), grade,
                    gradeSystem));
        }
        Checked<OfficerStatus> status = status(entry);
        if (status.failed()) {
            return new EntryMapping.Rejected(dn, id, status.reasonKey(), status.detail());
        }
        String serviceGroup = text(entry, mapping.serviceGroup());
        if (serviceGroup != null && !SERVICE_GROUPS.contains(upperCase(serviceGroup))) {
            return new EntryMapping.Rejected(dn, id, UNKNOWN_SERVICE_GROUP, serviceGroup);
        }
        String dutyStationState = text(entry, mapping.dutyStationState());
        if (dutyStationState != null && !DUTY_STATION_STATE.matcher(upperCase(dutyStationState)).matches()) {
            return new EntryMapping.Rejected(dn, id, UNKNOWN_STATE, dutyStationState);
        }
        String manager = text(entry, mapping.manager());
        if (manager != null && !DN.isValidDN(manager)) {
            return new EntryMapping.Rejected(dn, id, MALFORMED_MANAGER, manager);
        }
        return new EntryMapping.Mapped(new OfficerProfile(
                id,
                login,
                dn,
                fullName,
                mail,
                text(entry, mapping.employeeNumber()),
                upperCase(grade),
                upperCase(gradeSystem),
                text(entry, mapping.serviceScheme()),
                upperCase(serviceGroup),
                text(entry, mapping.positionTitle()),
                text(entry, mapping.positionCode()),
                text(entry, mapping.agencyCode()),
                Optional.ofNullable(text(entry, mapping.orgUnit())).orElseGet(() -> parentRdnValue(dn)),
                upperCase(dutyStationState),
                status.value(),
                manager));
    }

    private Checked<String> stableId(Entry entry) {
        byte[] value = entry.getAttributeValueBytes(mapping.stableId());
        Optional<String> id = value == null ? Optional.empty() : mapping.stableIdEncoding().decode(value);
        if (id.isPresent()) {
            return Checked.ok(id.get());
        }
        boolean malformed = mapping.stableIdEncoding() == StableIdEncoding.GUID && value != null && value.length > 0;
        return malformed ? Checked.problem(MALFORMED_STABLE_ID, HexFormat.of().formatHex(value))
                : Checked.problem(MISSING_STABLE_ID, null);
    }

    /**
     * The status attribute wins where the entry has one: a disabled or locked account blocks the login but is not
     * by itself a change of service status (ldap-schema README).
     */
    private Checked<OfficerStatus> status(Entry entry) {
        if (mapping.statusRule() == StatusRule.ALWAYS_ACTIVE) {
            return Checked.ok(OfficerStatus.ACTIVE);
        }
        String stated = text(entry, mapping.status());
        if (stated != null) {
            return OfficerStatus.parse(stated).map(Checked::ok)
                    .orElseGet(() -> Checked.problem(UNKNOWN_STATUS, stated));
        }
        String accountLock = text(entry, mapping.accountLock());
        if (accountLock == null) {
            return Checked.ok(OfficerStatus.ACTIVE);
        }
        return switch (mapping.statusRule()) {
            case AD_USER_ACCOUNT_CONTROL -> adAccountStatus(accountLock);
            case DS389_ACCOUNT_LOCK -> ds389AccountStatus(accountLock);
            case ETIKA_STATUS_ATTRIBUTE, ALWAYS_ACTIVE -> Checked.ok(OfficerStatus.ACTIVE);
        };
    }

    private static Checked<OfficerStatus> adAccountStatus(String userAccountControl) {
        try {
            boolean disabled = (Long.parseLong(userAccountControl) & AD_ACCOUNT_DISABLED) != 0;
            return Checked.ok(disabled ? inactiveAccountStatus() : OfficerStatus.ACTIVE);
        } catch (NumberFormatException notANumber) {
            return Checked.problem(UNKNOWN_STATUS, userAccountControl);
        }
    }

    private static Checked<OfficerStatus> ds389AccountStatus(String nsAccountLock) {
        if (nsAccountLock.equalsIgnoreCase("TRUE")) {
            return Checked.ok(inactiveAccountStatus());
        }
        return nsAccountLock.equalsIgnoreCase("FALSE") ? Checked.ok(OfficerStatus.ACTIVE)
                : Checked.problem(UNKNOWN_STATUS, nsAccountLock);
    }

    /**
     * A disabled or locked account with no status attribute. OfficerStatus has no "account disabled", and the
     * statuses with a legal meaning (interdicted, suspended, retired, resigned) would assert something the directory
     * did not say; TERMINATED is the catch-all inactive status and, like every inactive one, denies access.
     */
    private static OfficerStatus inactiveAccountStatus() {
        return OfficerStatus.TERMINATED;
    }

    /**
     * A deliberately loose check that catches typos and junk, not RFC 5321: one {@code @}, a non-empty local
     * part, a domain of at least two non-empty dot-separated labels, no white space.
     */
    private static boolean isPlausibleMail(String mail) {
        int at = mail.indexOf('@');
        if (at <= 0 || at != mail.lastIndexOf('@') || mail.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        String[] labels = mail.substring(at + 1).split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty()) {
                return false;
            }
        }
        return labels.length >= 2;
    }

    private static String gradeDetail(String reasonKey, String grade, String gradeSystem) {
        return switch (reasonKey) {
            case GradeRules.UNKNOWN_GRADE_SYSTEM -> gradeSystem;
            case GradeRules.GRADE_OUTSIDE_SYSTEM -> grade + " (" + gradeSystem + ")";
            default -> grade;
        };
    }

    private static String text(Entry entry, String attribute) {
        if (attribute == null) {
            return null;
        }
        String value = entry.getAttributeValue(attribute);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.trim();
    }

    private static String parentRdnValue(String dn) {
        try {
            DN parent = new DN(dn).getParent();
            RDN rdn = parent == null ? null : parent.getRDN();
            return rdn == null ? null : rdn.getAttributeValues()[0];
        } catch (LDAPException malformed) {
            return null;
        }
    }

    private static String upperCase(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String lowerCase(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** A value read from the entry, or the reason it is unusable. */
    private record Checked<T>(T value, String reasonKey, String detail) {

        static <T> Checked<T> ok(T value) {
            return new Checked<>(value, null, null);
        }

        static <T> Checked<T> problem(String reasonKey, String detail) {
            return new Checked<>(null, reasonKey, detail);
        }

        boolean failed() {
            return reasonKey != null;
        }
    }
}
