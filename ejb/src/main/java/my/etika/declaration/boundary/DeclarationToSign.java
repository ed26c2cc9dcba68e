package my.etika.declaration.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * What an officer reads before signing, in one language: the policy text (Markdown, with the agency's settings
 * filled in), its SHA-256 (which the signature must name, so nobody signs a text they were not shown), and the
 * rules to attest one by one. {@code html} is the text rendered through the sanitiser, safe to show as is.
 */
public record DeclarationToSign(long id, String campaignName, String policyTitle, int policyVersion,
        String language, String text, String html, String textSha256, List<Rule> rules, LocalDate dueOn,
        String status) {

    public record Rule(String key, String text) {
    }
}
