package my.etika.declaration.control;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Receipt verification codes: 100 random bits in Crockford's base 32, grouped for reading aloud
 * ({@code ETK-7Q2M9-XKD4H-RTWB3-N8P0C}). Unguessable, so a code that is not on record is a forged or mistyped one;
 * reading tolerates case, spaces and the letters people confuse with digits (O, I, L).
 */
public final class VerificationCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 20;
    private static final String PREFIX = "ETK";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            if (i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as stored, from what somebody typed; empty when it cannot be one. */
    public static Optional<String> read(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String compact = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (compact.length() == PREFIX.length() + LENGTH && compact.startsWith(PREFIX)) {
            compact = compact.substring(PREFIX.length());
        }
        compact = compact.replace('O', '0').replace('I', '1').replace('L', '1');
        if (compact.length() != LENGTH || !compact.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(PREFIX);
        for (int i = 0; i < LENGTH; i++) {
            if (i % 5 == 0) {
                code.append('-');
            }
            code.append(compact.charAt(i));
        }
        return Optional.of(code.toString());
    }
}
