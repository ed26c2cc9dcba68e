package my.etika.declaration.control;

import java.util.Locale;

/**
 * Compares social-media accounts as the platforms do: case-insensitively, with or without a leading {@code @},
 * and as a profile URL ({@code https://www.facebook.com/JabatanDemoEtika/} is {@code jabatandemoetika}).
 */
final class AccountNames {

    private AccountNames() {
    }

    static String normalise(String platform, String handle) {
        return platform.strip().toLowerCase(Locale.ROOT) + ":" + handleOf(handle);
    }

    static String handleOf(String handle) {
        String h = handle.strip().toLowerCase(Locale.ROOT);
        int scheme = h.indexOf("://");
        if (scheme >= 0) {
            h = h.substring(scheme + 3);
            int slash = h.indexOf('/');
            h = slash < 0 ? "" : h.substring(slash + 1);
        }
        int query = h.indexOf('?');
        if (query >= 0) {
            h = h.substring(0, query);
        }
        while (h.endsWith("/")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("@")) {
            h = h.substring(1);
        }
        return h;
    }
}
