package my.etika.mail.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import my.etika.mail.entity.MailMessage;
import org.eclipse.microprofile.config.Config;

/**
 * Sends what waits in the outbox through the configured Jakarta Mail session, every minute, a few tries per
 * message. Off by default ({@code etika.mail.enabled}): the embedded default keeps every message in the outbox,
 * where ADMIN reads it. A real SMTP server is the server's mail session ({@code etika.mail.session}, WildFly's
 * {@code java:jboss/mail/Default} by default).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class.getName());
    private static final int BATCH = 100;
    private static final int MAX_ATTEMPTS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void sendWaiting() {
        if (!config.getOptionalValue("etika.mail.enabled", Boolean.class).orElse(false)) {
            return;
        }
        Session session;
        try {
            session = (Session) new InitialContext().lookup(
                    config.getOptionalValue("etika.mail.session", String.class).orElse("java:jboss/mail/Default"));
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "No mail session: the outbox keeps its messages", e);
            return;
        }
        String from = config.getOptionalValue("etika.mail.from", String.class).orElse("etika@localhost");
        List<MailMessage> waiting = em.createQuery("select m from MailMessage m where m.sentAt is null"
                + " and m.attempts < :max order by m.id", MailMessage.class).setParameter("max", MAX_ATTEMPTS)
                .setMaxResults(BATCH).getResultList();
        for (MailMessage m : waiting) {
            try {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress(from));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.getRecipient(), true));
                message.setSubject(m.getSubject(), StandardCharsets.UTF_8.name());
                message.setText(m.getBody(), StandardCharsets.UTF_8.name());
                message.setSentDate(Date.from(clock.instant()));
                Transport.send(message);
                m.sent(clock.instant());
            } catch (MessagingException e) {
                m.failed(e.getMessage());
                LOG.warning(() -> "Mail " + m.getReference() + " not sent (try " + m.getAttempts() + "): " + e);
            }
        }
    }
}
