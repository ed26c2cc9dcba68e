package my.etika.declaration.control;

import java.util.Locale;

/** The link destinations a policy text may point to: absolute http, https and mailto URLs, nothing else. */
final class PolicyLinks {

    private PolicyLinks() {}

    /**
     * Whether {@code destination} (as parsed, entities already decoded) may become an {@code href}. An allowlist on
     * the very first characters: relative links, leading blanks and obfuscated schemes all fail it.
     */
    static boolean isAllowed(String destination) {
        if (destination == null || destination.chars().anyMatch(Character::isISOControl)) {
            return false;
        }
        String lower = destination.toLowerCase(Locale.ROOT);
        return isWeb(destination) || (lower.startsWith("mailto:") && lower.length() > "mailto:".length());
    }

    /** Whether {@code destination} is an absolute http or https URL (one that opens in a new tab). */
    static boolean isWeb(String destination) {
        String lower = destination.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") && lower.length() > "https://".length())
                || (lower.startsWith("http://") && lower.length() > "http://".length());
    }

    /** The destination as a reader should see it in print: a mail address without its {@code mailto:}. */
    static String printable(String destination) {
        return destination.regionMatches(true, 0, "mailto:", 0, "mailto:".length())
                ? destination.substring("mailto:".length())
                : destination;
    }
}
