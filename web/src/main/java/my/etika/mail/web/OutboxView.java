package my.etika.mail.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import my.etika.mail.boundary.MailView;
import my.etika.mail.boundary.Outbox;

/** ADMIN's view of the mail outbox: the newest 200 messages, optionally to one recipient. */
@Named
@ViewScoped
public class OutboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private String recipient;
    private List<MailView> messages;

    @PostConstruct
    public void load() {
        messages = outbox.latest(recipient, 0, 200);
    }

    public String getRecipient() {
        return recipient;
    }

    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    public List<MailView> getMessages() {
        return messages;
    }
}
