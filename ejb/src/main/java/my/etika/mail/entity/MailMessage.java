package my.etika.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message in the outbox: written in the transaction that decided to send it, once per {@code reference} (a
 * reminder or an escalation is never sent twice, whatever reruns), sent afterwards.
 */
@Entity
@Table(name = "mail_outbox")
public class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 128)
    private String reference;

    @Column(nullable = false, updatable = false, length = 32)
    private String kind;

    @Column(nullable = false, updatable = false, length = 320)
    private String recipient;

    @Column(nullable = false, updatable = false, length = 512)
    private String subject;

    @Column(nullable = false, updatable = false, length = 20000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected MailMessage() {
    }

    public MailMessage(String reference, String kind, String recipient, String subject, String body,
            Instant createdAt) {
        this.reference = reference;
        this.kind = kind;
        this.recipient = recipient;
        this.subject = subject.length() > 512 ? subject.substring(0, 512) : subject;
        this.body = body.length() > 20000 ? body.substring(0, 20000) : body;
        this.createdAt = createdAt;
    }

    public void sent(Instant at) {
        attempts++;
        sentAt = at;
        lastError = null;
    }

    public void failed(String error) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
