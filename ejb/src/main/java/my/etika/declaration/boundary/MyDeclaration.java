package my.etika.declaration.boundary;

import java.time.Instant;
import java.time.LocalDate;

/** One of the calling officer's declarations, as "My declarations" lists them. */
public record MyDeclaration(long id, String campaignName, String policyTitleMs, String policyTitleEn,
        int policyVersion, LocalDate dueOn, String status, boolean open, Instant signedAt, String verificationCode) {
}
