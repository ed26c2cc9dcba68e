package my.etika.declaration.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import my.etika.declaration.boundary.DeclarationReminders;
import org.eclipse.microprofile.config.Config;

/**
 * Runs the campaigns' reminders every hour ({@code etika.declaration.reminders-enabled}, on by default). The
 * work is idempotent (each mail has a reference the outbox takes once), so an hourly run costs nothing when
 * there is nothing to send, and a missed hour is made up by the next.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ReminderScheduler {

    private static final Logger LOG = Logger.getLogger(ReminderScheduler.class.getName());

    @Inject
    DeclarationReminders reminders;

    @Inject
    Clock clock;

    @Inject
    Config config;

    @Schedule(minute = "7", hour = "*", persistent = false)
    void hourly() {
        if (!config.getOptionalValue("etika.declaration.reminders-enabled", Boolean.class).orElse(true)) {
            return;
        }
        try {
            reminders.runAt(clock.instant());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Declaration reminders failed; the next hour retries", e);
        }
    }
}
