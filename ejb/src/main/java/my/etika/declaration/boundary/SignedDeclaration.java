package my.etika.declaration.boundary;

import java.time.Instant;

/** What signing returns: the receipt's verification code. */
public record SignedDeclaration(long declarationId, String verificationCode, Instant signedAt, String textSha256) {
}
