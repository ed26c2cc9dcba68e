package my.etika.calendar.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** The 13 states and 3 federal territories by their ISO 3166-2 codes, {@code MY-01} Johor to {@code MY-16} Putrajaya. */
public final class MalaysianStates {

    public static final List<String> CODES = IntStream.rangeClosed(1, 16)
            .mapToObj(i -> String.format(Locale.ROOT, "MY-%02d", i)).toList();

    /** Whose calendar serves an officer without a (known) duty-station state: WP Kuala Lumpur, the federal week. */
    public static final String FEDERAL_FALLBACK = "MY-14";

    /** The word that stands for every state in a list of states. */
    public static final String ALL = "ALL";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s;,]+");

    private MalaysianStates() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(normalise(code));
    }

    /** Upper case without surrounding white space; null stays null. */
    public static String normalise(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The codes of a list written {@code ALL} or as codes separated by spaces or {@code ;} (commas tolerated),
     * normalised, without repeats, in the order written; {@code ALL} anywhere means every state. Unknown codes are
     * kept, for the caller to refuse by name.
     */
    public static List<String> split(String list) {
        List<String> codes = new ArrayList<>();
        if (list == null) {
            return codes;
        }
        for (String token : SEPARATORS.split(list.strip())) {
            String code = normalise(token);
            if (ALL.equals(code)) {
                return CODES;
            }
            if (!code.isEmpty() && !codes.contains(code)) {
                codes.add(code);
            }
        }
        return codes;
    }
}
