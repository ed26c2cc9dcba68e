package my.etika.declaration.boundary;

import java.time.Instant;

/** What a receipt's verification code confirms. */
public record VerifiedSignature(String verificationCode, String officerName, String login, String campaignName,
        String policyTitleMs, String policyTitleEn, int policyVersion, String language, Instant signedAt,
        String textSha256, int declaredAccounts) {
}
