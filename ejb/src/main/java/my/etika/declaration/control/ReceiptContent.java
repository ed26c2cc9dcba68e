package my.etika.declaration.control;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a declaration receipt shows: who signed which policy version, when, in which language, the hash of the text
 * they read, the code that verifies the receipt, and what they declared and attested.
 *
 * @param officerName      the officer's name as the directory holds it
 * @param login            the login ID the officer signed with
 * @param employeeNumber   the employee number, or {@code null} when the directory has none
 * @param orgUnit          the division or unit, or {@code null} when the directory has none
 * @param campaignName     the declaration campaign, e.g. "Akuan Tahunan 2026"
 * @param policyTitle      the title of the policy signed, in the signed language
 * @param policyVersion    the policy version signed (1 or more)
 * @param language         the language the officer read and signed in: Malay ({@code ms}) or English ({@code en});
 *                         the receipt's labels follow it
 * @param signedAt         when the officer signed
 * @param textSha256       SHA-256 of the exact text signed, 64 hexadecimal digits (kept in lower case)
 * @param verificationCode the code that verifies the receipt, e.g. {@code ETK-7Q2M-9XKD-4HRT-WB3N}
 * @param verifyUrl        the absolute http(s) address where the code can be checked
 * @param declaredAccounts the personal social-media accounts declared, in the order declared (may be empty)
 * @param attestations     the rule statements the officer attested, in the signed language (may be empty)
 */
public record ReceiptContent(
        String officerName,
        String login,
        String employeeNumber,
        String orgUnit,
        String campaignName,
        String policyTitle,
        int policyVersion,
        Locale language,
        Instant signedAt,
        String textSha256,
        String verificationCode,
        String verifyUrl,
        List<Account> declaredAccounts,
        List<String> attestations) {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** The languages a receipt can be written in. */
    public static final List<String> LANGUAGES = List.of("ms", "en");

    public ReceiptContent {
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(campaignName, "campaignName");
        Objects.requireNonNull(policyTitle, "policyTitle");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(signedAt, "signedAt");
        Objects.requireNonNull(textSha256, "textSha256");
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verifyUrl, "verifyUrl");
        if (policyVersion < 1) {
            throw new IllegalArgumentException("policyVersion must be 1 or more: " + policyVersion);
        }
        if (!LANGUAGES.contains(language.getLanguage())) {
            throw new IllegalArgumentException("A receipt is written in Malay (ms) or English (en), not " + language);
        }
        if (!SHA256_HEX.matcher(textSha256).matches()) {
            throw new IllegalArgumentException("textSha256 must be 64 hexadecimal digits");
        }
        if (verificationCode.isBlank()) {
            throw new IllegalArgumentException("verificationCode is blank");
        }
        requireWebAddress(verifyUrl);
        textSha256 = textSha256.toLowerCase(Locale.ROOT);
        declaredAccounts = List.copyOf(declaredAccounts);
        attestations = List.copyOf(attestations);
    }

    /** True when the receipt is in English; Malay otherwise. */
    public boolean english() {
        return "en".equals(language.getLanguage());
    }

    // The address becomes a link in the PDF: only a web address may, never e.g. a javascript: one.
    private static void requireWebAddress(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("verifyUrl is not a valid address: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
            throw new IllegalArgumentException("verifyUrl must be an absolute http(s) address: " + url);
        }
    }

    /**
     * One declared personal social-media account.
     *
     * @param platform        e.g. "Facebook", "TikTok", "X"
     * @param handle          the username or profile URL
     * @param registeredEmail the e-mail address the account is registered with, or {@code null} when not given
     */
    public record Account(String platform, String handle, String registeredEmail) {

        public Account {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(handle, "handle");
        }
    }
}
