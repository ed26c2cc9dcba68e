package my.etika.platform.control;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether an e-mail address is official: at one of the official domains or a subdomain of one, or the
 * officer's own official address. Addresses are compared in their {@linkplain #normalise(String) normal form}, so
 * that {@code Ahmad+facebook@CUSTOMS.gоv.my.} (with a Cyrillic {@code о}) is {@code ahmad@customs.gov.my}: a
 * look-alike of an official address counts as official.
 *
 * <p>Immutable and thread-safe. Nothing here throws on a bad address: an address that does not normalise is not
 * official.
 */
public final class OfficialAddresses {

    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_DOMAIN = 253;
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern ALL_DIGITS = Pattern.compile("[0-9]+");
    private static final String FORBIDDEN_IN_LOCAL_PART = "\"(),:;<>[\\]@";

    private final List<String> domains;

    /**
     * @param officialDomains the official domains ({@code gov.my}, {@code customs.gov.my}, the domains of the
     *     directory's mail); blank entries are ignored
     * @throws IllegalArgumentException if an entry is not a domain name
     */
    public OfficialAddresses(Collection<String> officialDomains) {
        this.domains = officialDomains.stream().filter(Objects::nonNull).filter(d -> !d.isBlank())
                .map(d -> normaliseDomain(d).orElseThrow(() -> new IllegalArgumentException("Not a domain: " + d)))
                .distinct().toList();
    }

    /** The official domains, normalised. */
    public List<String> domains() {
        return domains;
    }

    /** Whether {@code address} is at an official domain or a subdomain of one. */
    public boolean isOfficial(String address) {
        return normalise(address).map(a -> isOfficialDomain(a.substring(a.indexOf('@') + 1))).orElse(false);
    }

    /**
     * Whether {@code address} is at an official domain or a subdomain of one, or is the officer's own official
     * address (which may be at a domain that is not listed).
     */
    public boolean isOfficial(String address, String officersOwnOfficialAddress) {
        Optional<String> normal = normalise(address);
        return normal.isPresent() && (isOfficialDomain(normal.get().substring(normal.get().indexOf('@') + 1))
                || normal.equals(normalise(officersOwnOfficialAddress)));
    }

    private boolean isOfficialDomain(String domain) {
        return domains.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
    }

    /**
     * The form in which two addresses that reach, or pass for, the same mailbox are equal: NFKC, without any
     * white space or invisible character (non-breaking, zero-width, bidirectional controls), look-alikes of Latin
     * letters and digits replaced by them, lower case, without {@code +tag} sub-addressing, the domain without its
     * trailing dot and in ASCII (IDNA, {@code xn--}).
     *
     * @return empty if {@code address} is null, blank or not an address
     */
    public static Optional<String> normalise(String address) {
        if (address == null) {
            return Optional.empty();
        }
        String compact = withoutInvisibles(Normalizer.normalize(address, Normalizer.Form.NFKC));
        int at = compact.indexOf('@');
        if (at <= 0 || at != compact.lastIndexOf('@')) {
            return Optional.empty();
        }
        Optional<String> local = localPart(compact.substring(0, at));
        Optional<String> domain = normaliseDomain(compact.substring(at + 1));
        return local.isPresent() && domain.isPresent()
                ? Optional.of(local.get() + "@" + domain.get())
                : Optional.empty();
    }

    /**
     * A domain name in the form {@link #normalise(String)} gives the domain of an address: look-alikes replaced,
     * lower case, no trailing dot, ASCII ({@code xn--} for internationalised labels), at least two labels.
     *
     * @return empty if {@code domain} is null, blank or not a domain name
     */
    public static Optional<String> normaliseDomain(String domain) {
        if (domain == null) {
            return Optional.empty();
        }
        String d = withoutInvisibles(Normalizer.normalize(domain, Normalizer.Form.NFKC));
        if (d.endsWith(".") || d.endsWith("\u3002")) {
            d = d.substring(0, d.length() - 1);
        }
        // An xn-- label is decoded first, so that a look-alike written in Punycode is caught as well
        d = LookAlikes.toAscii(IDN.toUnicode(d)).toLowerCase(Locale.ROOT);
        String ascii;
        try {
            ascii = IDN.toASCII(d, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > MAX_DOMAIN || labels.length < 2
                || ALL_DIGITS.matcher(labels[labels.length - 1]).matches()) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        return Optional.of(ascii);
    }

    /** The domain of a normalised address, e.g. to list the domains of the directory's mail. */
    public static Optional<String> domainOf(String address) {
        return normalise(address).map(a -> a.substring(a.indexOf('@') + 1));
    }

    private static Optional<String> localPart(String raw) {
        String local = LookAlikes.toAscii(raw).toLowerCase(Locale.ROOT);
        int plus = local.indexOf('+');
        if (plus >= 0) {
            local = local.substring(0, plus);
        }
        if (local.isEmpty() || local.length() > MAX_LOCAL_PART || local.startsWith(".") || local.endsWith(".")
                || local.contains("..") || local.chars().anyMatch(c -> FORBIDDEN_IN_LOCAL_PART.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(local);
    }

    /** Without white space (any kind), control characters and format characters (zero-width, bidi, soft hyphen). */
    private static String withoutInvisibles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isInvisible(c)).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || type == Character.CONTROL
                || type == Character.FORMAT;
    }
}
