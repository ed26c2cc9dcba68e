package my.etika.audit.control;

/**
 * Text as both databases store it and give it back, so that what is hashed is what is read. PostgreSQL refuses
 * the NUL character, and a lone UTF-16 surrogate has no UTF-8 form (the drivers would write {@code ?}): both
 * become U+FFFD before hashing.
 */
final class AuditText {

    private static final char REPLACEMENT = '\uFFFD';

    private AuditText() {
    }

    static String clean(String text) {
        if (text == null) {
            return text;
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cleaned.append(c).append(text.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                cleaned.append(REPLACEMENT);
            } else {
                cleaned.append(c);
            }
        }
        return cleaned.toString();
    }

    /** At most {@code max} UTF-16 units (no column counts more characters than that), never half a pair. */
    static String limit(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
