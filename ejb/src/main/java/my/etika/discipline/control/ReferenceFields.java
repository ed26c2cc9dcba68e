package my.etika.discipline.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;

/** The checks of what an administrator types into reference data, each refusal with its own key. */
public final class ReferenceFields {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.\\-]{1,63}");
    private static final Pattern LABEL = Pattern.compile("[0-9]+[A-Z]*(\\([0-9A-Za-z]+\\))*");

    private ReferenceFields() {
    }

    /** A code of a category or an authority: capitals, digits, {@code _ . -}. */
    public static String code(String code) {
        String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(value).matches()) {
            throw new BusinessException(Kind.INVALID, "reference.codeInvalid", code == null ? "" : code);
        }
        return value;
    }

    /** A provision's number as printed: {@code 19}, {@code 4A(1)(b)}, {@code 21(2A)}. */
    public static String numberLabel(String label) {
        String value = label == null ? "" : label.replaceAll("\\s", "");
        if (!LABEL.matcher(value).matches() || value.length() > 32) {
            throw new BusinessException(Kind.INVALID, "reference.labelInvalid", label == null ? "" : label);
        }
        return value;
    }

    /** A text that must be there, stripped and within its column. */
    public static String required(String value, String key, int maxLength) {
        String stripped = optional(value, maxLength);
        if (stripped == null) {
            throw new BusinessException(Kind.INVALID, key);
        }
        return stripped;
    }

    /** A text that may be left out ({@code null} then), stripped and within its column. */
    public static String optional(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new BusinessException(Kind.INVALID, "reference.tooLong", maxLength);
        }
        return stripped;
    }

    /** A link shown on the screens: http or https only. */
    public static String url(String value) {
        String url = optional(value, 1024);
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new BusinessException(Kind.INVALID, "reference.urlInvalid", url);
    }
}
