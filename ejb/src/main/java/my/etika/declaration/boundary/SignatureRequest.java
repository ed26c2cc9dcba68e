package my.etika.declaration.boundary;

import java.util.List;

/**
 * An officer's signature: the directory password again, the language read, the SHA-256 of the text read, the
 * rules attested and the personal social-media accounts used.
 */
public record SignatureRequest(String password, String language, String textSha256, List<String> attestedRules,
        List<Account> accounts) {

    /** The platforms an account can be declared (or registered) on, in the order the screens offer them. */
    public static final List<String> PLATFORMS = List.of("facebook", "instagram", "x", "tiktok", "youtube",
            "linkedin", "telegram", "threads", "whatsapp", "other");

    public SignatureRequest {
        attestedRules = attestedRules == null ? List.of() : List.copyOf(attestedRules);
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    /** A personal account: platform, handle or profile URL, and the e-mail it is registered with. */
    public record Account(String platform, String handle, String registeredEmail) {
    }

    @Override
    public String toString() {
        return "SignatureRequest[password=(hidden), language=" + language + ", textSha256=" + textSha256
                + ", attestedRules=" + attestedRules + ", accounts=" + accounts + "]";
    }
}
