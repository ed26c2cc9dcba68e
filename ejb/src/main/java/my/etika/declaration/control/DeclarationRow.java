package my.etika.declaration.control;

import java.time.Instant;
import java.util.Objects;

/**
 * One officer's line in a declaration campaign's list, as exported by {@link OutstandingListWriter}.
 *
 * @param login the officer's directory login (required)
 * @param officerName the officer's full name (required)
 * @param employeeNumber the agency's employee number, or {@code null}
 * @param grade the service grade (e.g. {@code N19}), or {@code null}
 * @param orgUnit the division or unit, or {@code null}
 * @param supervisorName the supervisor's name, or {@code null}
 * @param status the declaration status: {@code PENDING}, {@code SIGNED} or {@code EXCLUDED} (required; another
 *     value is exported as it is)
 * @param dueAt when the declaration is due, or {@code null}
 * @param signedAt when the officer signed, or {@code null}
 * @param remindersSent how many reminders the officer was sent
 * @param escalated whether the case was escalated to the supervisor
 */
public record DeclarationRow(
        String login,
        String officerName,
        String employeeNumber,
        String grade,
        String orgUnit,
        String supervisorName,
        String status,
        Instant dueAt,
        Instant signedAt,
        int remindersSent,
        boolean escalated) {

    public DeclarationRow {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(officerName, "officerName");
        Objects.requireNonNull(status, "status");
    }
}
