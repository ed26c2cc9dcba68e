package my.etika.hygiene.boundary;

import java.util.List;

/**
 * The answer to an official account's new password: passed or not, the reasons (keys the screens translate), the
 * estimator's score (0–4) and hints, and whether its fingerprint was recorded as the account's current password.
 */
public record PasswordCheckView(boolean passed, List<String> reasons, int score, String warningKey,
        List<String> suggestionKeys, double crackTimeSeconds, boolean recorded) {
}
