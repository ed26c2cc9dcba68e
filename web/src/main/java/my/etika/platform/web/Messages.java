package my.etika.platform.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Etika's texts in Malay (the default) and English, for server-side messages outside a Faces view (REST
 * problems, the authentication mechanism). Views use the same bundle as {@code #{msg}}.
 */
public final class Messages {

    public static final String BUNDLE = "my.etika.i18n.messages";
    public static final Locale MALAY = Locale.forLanguageTag("ms");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(MALAY, ENGLISH);

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    /** The supported locale closest to the given one; Malay when there is none. */
    public static Locale supported(Locale requested) {
        if (requested != null && ENGLISH.getLanguage().equals(requested.getLanguage())) {
            return ENGLISH;
        }
        return MALAY;
    }

    /** The first supported language in a client's preference list; Malay when none is supported. */
    public static Locale firstSupported(List<Locale> preferred) {
        return preferred.stream()
                .filter(l -> SUPPORTED.stream().anyMatch(s -> s.getLanguage().equals(l.getLanguage())))
                .findFirst()
                .map(Messages::supported)
                .orElse(MALAY);
    }

    public static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), Messages.class.getClassLoader(),
                NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
