package my.etika.hygiene.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the strength estimator says about a password, for the screen to translate: zxcvbn4j's message keys (such as
 * {@code feedback.dictionary.warning.passwords.top10}; its own bundle {@code com/nulabinc/zxcvbn/messages} has the
 * English texts) and the estimated time to guess the password offline against a slow hash (10,000 guesses a second).
 * Holds nothing of the password itself.
 *
 * @param warningKey what is wrong, when the estimator says so
 * @param suggestionKeys how to choose a better password; often empty for a strong one
 * @param crackTimeSeconds estimated seconds to guess it offline at 10,000 guesses a second
 */
public record StrengthHint(Optional<String> warningKey, List<String> suggestionKeys, double crackTimeSeconds) {

    public StrengthHint {
        Objects.requireNonNull(warningKey, "warningKey");
        suggestionKeys = List.copyOf(suggestionKeys);
    }
}
