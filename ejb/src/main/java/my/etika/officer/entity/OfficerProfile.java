package my.etika.officer.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;

/**
 * What the directory says about one officer, already mapped from directory attributes. The registry stores it;
 * two equal profiles mean nothing changed.
 *
 * @param directoryId the directory's stable id (entryUUID, objectGUID or nsUniqueId)
 */
public record OfficerProfile(
        String directoryId,
        String login,
        String distinguishedName,
        String fullName,
        String officialEmail,
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
        OfficerStatus status,
        String supervisorDn) {

    public OfficerProfile {
        Objects.requireNonNull(directoryId, "directoryId");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(distinguishedName, "distinguishedName");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(status, "status");
    }

    /**
     * A digest of every component: two profiles with the same fingerprint are equal, so a reconcile recognises an
     * unchanged officer from the stored fingerprint without reading the row.
     */
    public String fingerprint() {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
        // length-prefixed, so that ("ab", "c") and ("a", "bc") differ; null differs from "". One digest over
        // the whole text gives the same value as digesting the parts in turn (fingerprints already stored stay).
        StringBuilder text = new StringBuilder(512);
        for (Object component : new Object[] {directoryId, login, distinguishedName, fullName, officialEmail,
            employeeNumber, grade, gradeSystem, serviceScheme, serviceGroup, positionTitle, positionCode, agencyCode,
            orgUnit, dutyStationState, status, supervisorDn}) {
            String value = component == null ? null : component.toString();
            if (value == null) {
                text.append("-1:");
            } else {
                text.append(value.length()).append(':').append(value);
            }
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(sha256.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The DN in the form Etika compares DNs in: see {@link #normalizeDn(String)}. */
    public String normalizedDn() {
        return normalizeDn(distinguishedName);
    }

    /**
     * A DN for comparison: lower case, no blanks around the separators ({@code UID=A, OU=B} and {@code uid=a,ou=b}
     * are the same entry). Escaped separators stay as they are.
     */
    public static String normalizeDn(String dn) {
        if (dn == null) {
            return null;
        }
        StringBuilder normal = new StringBuilder(dn.length());
        boolean escaped = false;
        for (int i = 0; i < dn.length(); i++) {
            char c = dn.charAt(i);
            boolean separator = !escaped && (c == ',' || c == '=' || c == '+');
            if (separator) {
                while (normal.length() > 0 && normal.charAt(normal.length() - 1) == ' ') {
                    normal.setLength(normal.length() - 1);
                }
                normal.append(c);
                while (i + 1 < dn.length() && dn.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                normal.append(c);
            }
            escaped = !escaped && c == '\\';
        }
        return normal.toString().trim().toLowerCase(Locale.ROOT);
    }

    /** The full name as searched: lower case. */
    public String nameSearch() {
        return fullName.toLowerCase(Locale.ROOT);
    }
}
