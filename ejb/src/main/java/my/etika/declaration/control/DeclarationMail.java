package my.etika.declaration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eclipse.microprofile.config.Config;

/**
 * The campaigns' mail, in Malay then English in one message (an officer's language is not known outside a
 * session). Arguments: {0} officer, {1} campaign, {2} due date, {3} days left, {4} Etika's address,
 * {5} supervisor, {6} not signed, {7} escalated today, {8} without a supervisor.
 */
@ApplicationScoped
public class DeclarationMail {

    private static final String BUNDLE = "my.etika.declaration.mail";
    private static final Locale MALAY = Locale.forLanguageTag("ms");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    Config config;

    /** A subject and body. */
    public record Message(String subject, String body) {
    }

    public record Facts(String officer, String campaign, LocalDate dueOn, long daysLeft, String supervisor,
            long pending, long escalatedToday, long withoutSupervisor) {
    }

    public Message compose(String kind, Facts facts) {
        Object[] arguments = {facts.officer(), facts.campaign(), DATE.format(facts.dueOn()), facts.daysLeft(),
            address(), facts.supervisor(), facts.pending(), facts.escalatedToday(), facts.withoutSupervisor()};
        String subject = text(MALAY, kind + ".subject", arguments) + " / " + text(Locale.ENGLISH, kind + ".subject",
                arguments);
        String body = text(MALAY, kind + ".body", arguments) + "\n\n----\n\n"
                + text(Locale.ENGLISH, kind + ".body", arguments);
        return new Message(subject, body);
    }

    private String address() {
        return config.getOptionalValue("etika.public-url", String.class).orElse("http://127.0.0.1:8080/etika/");
    }

    private static String text(Locale language, String key, Object[] arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, DeclarationMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), language).format(arguments);
    }
}
