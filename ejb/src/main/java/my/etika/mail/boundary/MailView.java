package my.etika.mail.boundary;

import java.time.Instant;
import my.etika.mail.entity.MailMessage;

/** A message of the outbox as ADMIN sees it. */
public record MailView(long id, String reference, String kind, String recipient, String subject, String body,
        Instant createdAt, Instant sentAt, int attempts, String lastError) {

    static MailView of(MailMessage m) {
        return new MailView(m.getId(), m.getReference(), m.getKind(), m.getRecipient(), m.getSubject(), m.getBody(),
                m.getCreatedAt(), m.getSentAt(), m.getAttempts(), m.getLastError());
    }
}
