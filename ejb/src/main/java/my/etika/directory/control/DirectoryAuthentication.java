package my.etika.directory.control;

import java.util.List;
import my.etika.officer.entity.OfficerProfile;

/**
 * What the directory said about a login attempt: the entry was found and the password accepted, or why not.
 *
 * @param refusal    {@code null} when the password was accepted
 * @param profile    the officer's profile when the password was accepted
 * @param groupNames the directory groups the entry belongs to when the password was accepted
 */
public record DirectoryAuthentication(Refusal refusal, OfficerProfile profile, List<String> groupNames) {

    /** Why the directory did not vouch for the login. */
    public enum Refusal {
        UNKNOWN_USER, WRONG_PASSWORD, INVALID_ENTRY, DIRECTORY_UNAVAILABLE
    }

    static DirectoryAuthentication refused(Refusal refusal) {
        return new DirectoryAuthentication(refusal, null, List.of());
    }

    static DirectoryAuthentication accepted(OfficerProfile profile, List<String> groupNames) {
        return new DirectoryAuthentication(null, profile, List.copyOf(groupNames));
    }

    public boolean isAccepted() {
        return refusal == null;
    }
}
