package my.etika.hygiene.control;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.WipeableString;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The zxcvbn4j estimate of a password, with the agency's own words (its name, the account's handle, the platform) as
 * the estimator's user inputs, so that a password built from them scores low.
 *
 * <p>
 * zxcvbn4j takes a {@code CharSequence}: it gets a {@link WipeableString} copy, wiped with the estimate's tokens
 * afterwards, and no {@code String} of the whole password is made. The limitation: while matching, zxcvbn4j itself
 * makes short-lived {@code String}s of some fragments (regular-expression groups for repeats, dates and years), which
 * nothing outside it can zero; they are garbage like any other.
 *
 * <p>
 * Thread-safe: one {@link Zxcvbn}, whose dictionaries load once and are only read, serves every caller.
 */
final class PasswordStrength {

    private static final class Shared {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }

    // Feedback gives translated texts only; a bundle that answers each key with itself gives the keys back.
    private static final ResourceBundle KEYS = new ResourceBundle() {
        @Override
        protected Object handleGetObject(String key) {
            return key;
        }

        @Override
        public Enumeration<String> getKeys() {
            return Collections.emptyEnumeration();
        }
    };

    /** The score and hint of one password. */
    record Estimate(int score, StrengthHint hint) {
    }

    private PasswordStrength() {
    }

    static Estimate estimate(char[] password, List<String> userInputs) {
        WipeableString copy = new WipeableString(password);
        Strength strength = null;
        try {
            strength = Shared.ZXCVBN.measure(copy, words(userInputs));
            Feedback feedback = strength.getFeedback().withResourceBundle(KEYS);
            String warning = feedback.getWarning();
            StrengthHint hint = new StrengthHint(
                    warning == null || warning.isEmpty() ? Optional.empty() : Optional.of(warning),
                    feedback.getSuggestions(),
                    strength.getCrackTimeSeconds().getOfflineSlowHashing1e4perSecond());
            return new Estimate(strength.getScore(), hint);
        } finally {
            if (strength != null) {
                strength.wipe();
            }
            copy.wipe();
        }
    }

    /**
     * The user inputs as zxcvbn words, lower-cased, without spaces or signs: each input whole; each run of its
     * consecutive words ("kastamdiraja", "dirajamalaysia"), since zxcvbn scores a run of several dictionary words as
     * much harder than one word; each of its words of three letters or more; and for a name of several words its
     * initials ("Jabatan Kastam Diraja Malaysia" gives "jkdm"), since agencies are known by them. zxcvbn ranks earlier
     * words as likelier.
     */
    static List<String> words(List<String> userInputs) {
        Set<String> words = new LinkedHashSet<>();
        for (String input : userInputs) {
            List<String> parts = Arrays.stream(input.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                    .filter(part -> !part.isEmpty())
                    .toList();
            for (int length = parts.size(); length >= 2; length--) {
                for (int start = 0; start + length <= parts.size(); start++) {
                    words.add(String.join("", parts.subList(start, start + length)));
                }
            }
            parts.stream().filter(part -> part.length() >= 3 || parts.size() == 1).forEach(words::add);
            if (parts.size() >= 3) {
                words.add(parts.stream().map(part -> part.substring(0, 1)).collect(Collectors.joining()));
            }
        }
        return List.copyOf(words);
    }
}
