package my.etika.hygiene.control;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of {@link OfficialPasswordCheck#check}: the reasons to refuse the new password (none when it passed),
 * the estimator's score and hint, and the fingerprint to keep as the account's current one once the password is
 * changed. Holds nothing from which the password can be read.
 *
 * @param reasons why the password is refused, in the order of {@link Reason}; empty when it passed
 * @param score the estimator's score, 0 (guessable) to 4 (very hard to guess)
 * @param hint the estimator's feedback and crack-time estimate, to translate for the screen
 * @param fingerprint the new password's fingerprint, marked current, for the account being changed
 */
public record Result(List<Reason> reasons, int score, StrengthHint hint, Fingerprint fingerprint) {

    public Result {
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** Whether the password may be used. */
    public boolean passed() {
        return reasons.isEmpty();
    }
}
