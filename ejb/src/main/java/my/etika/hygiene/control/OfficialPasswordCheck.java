package my.etika.hygiene.control;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a new admin password of one of the agency's official social-media accounts (credential hygiene, rule 4): at
 * least {@value #MIN_LENGTH} characters, scored at least {@value #MIN_SCORE} of 4 by zxcvbn4j, not on the block-list
 * of common and breached passwords, not the current password of another official account, and not a current or
 * previous password of the same account. Reuse is found through {@link PasswordFingerprints keyed fingerprints}, so
 * no password is ever kept.
 *
 * <p>
 * The password never leaves this check other than as its fingerprint: it is not stored, logged, or put in an
 * exception message or a {@code toString}. The check works on its own copy of the {@code char[]} and zeroes it; the
 * caller's array is left as it was, for the caller to zero once it has used the password. No {@code String} of the
 * password is made (see {@link PasswordStrength} for the estimator's own fragments).
 *
 * <p>
 * Thread-safe: make one, with the secret from configuration, and share it. A check takes a few hundred
 * milliseconds, almost all of it PBKDF2.
 */
public final class OfficialPasswordCheck {

    /** Fewest characters (Unicode code points) a password may have. */
    public static final int MIN_LENGTH = 12;

    /** Lowest zxcvbn score (0 to 4) a password may have. */
    public static final int MIN_SCORE = 3;

    private final PasswordFingerprints fingerprints;
    private final PasswordBlockList blockList;

    /**
     * A check whose fingerprints are keyed with this secret and that refuses the passwords on Etika's standard
     * block-list.
     *
     * @param secret at least 32 random bytes from configuration, the same for as long as the fingerprints are kept
     * @throws IllegalArgumentException if the secret is shorter than 32 bytes
     */
    public OfficialPasswordCheck(byte[] secret) {
        this(secret, PasswordBlockList.standard());
    }

    /** A check with another block-list. */
    public OfficialPasswordCheck(byte[] secret, PasswordBlockList blockList) {
        this.fingerprints = new PasswordFingerprints(secret);
        this.blockList = Objects.requireNonNull(blockList, "blockList");
    }

    /** {@link #check(char[], String, Collection, List)} without words of the agency's own. */
    public Result check(char[] password, String accountId, Collection<Fingerprint> knownFingerprints) {
        return check(password, accountId, knownFingerprints, List.of());
    }

    /**
     * Checks a new password for an official account.
     *
     * @param password the new password; not changed here
     * @param accountId the opaque id of the account whose password is being changed
     * @param knownFingerprints the fingerprints of the official accounts' current and previous passwords
     * @param userInputs words a guesser would try first, such as the agency's name, the account's handle and the
     *        platform ("Jabatan Kastam Diraja Malaysia", "@KastamMY", "Facebook"); may be empty
     * @return the reasons to refuse it (none if it passed), its score and hint, and its fingerprint to keep
     * @throws IllegalArgumentException if the account id is blank or a known fingerprint is in an unsupported format
     */
    public Result check(char[] password, String accountId, Collection<Fingerprint> knownFingerprints,
            List<String> userInputs) {
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(knownFingerprints, "knownFingerprints");
        Objects.requireNonNull(userInputs, "userInputs");
        if (accountId.isBlank()) {
            throw new IllegalArgumentException("accountId is blank");
        }
        if (userInputs.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("userInputs contains null");
        }
        char[] copy = password.clone();
        try (PasswordFingerprints.Candidate candidate = fingerprints.candidate(copy)) {
            Set<Reason> reasons = EnumSet.noneOf(Reason.class);
            if (Character.codePointCount(copy, 0, copy.length) < MIN_LENGTH) {
                reasons.add(Reason.TOO_SHORT);
            }
            PasswordStrength.Estimate estimate = PasswordStrength.estimate(copy, userInputs);
            if (estimate.score() < MIN_SCORE) {
                reasons.add(Reason.TOO_WEAK);
            }
            if (blockList.contains(copy)) {
                reasons.add(Reason.COMMON_OR_BREACHED);
            }
            // Every known fingerprint is compared, matched or not, so the time taken says nothing about which.
            for (Fingerprint known : knownFingerprints) {
                boolean sameAccount = known.accountId().equals(accountId);
                if (candidate.matches(known)) {
                    if (sameAccount) {
                        reasons.add(Reason.PREVIOUSLY_USED);
                    } else if (known.current()) {
                        reasons.add(Reason.REUSED_ON_ANOTHER_ACCOUNT);
                    }
                }
            }
            Fingerprint fingerprint = Fingerprint.current(accountId, candidate.value());
            return new Result(List.copyOf(reasons), estimate.score(), estimate.hint(), fingerprint);
        } finally {
            Arrays.fill(copy, '\0');
        }
    }
}
