package my.etika.discipline.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What a certificate of clearance from disciplinary action states, and nothing more: who, the period looked at, the
 * result, and who issued it when. It holds no case details on purpose, so none can be printed.
 *
 * @param agencyName     the issuing agency, e.g. "Jabatan Kastam Diraja Malaysia"
 * @param officerName    the officer's name as the directory holds it
 * @param employeeNumber the employee number, or {@code null} when the directory has none
 * @param grade          the grade, e.g. "N19", or {@code null}
 * @param position       the post, or {@code null}
 * @param orgUnit        the division or unit, or {@code null}
 * @param from           the first day of the period looked at
 * @param to             the last day of the period looked at (inclusive, not before {@code from})
 * @param result         what the records show for the period
 * @param issuedAt       when the certificate was issued
 * @param issuedBy       the name of the officer who issued it
 * @param reference      the certificate's reference, e.g. "ETK/SBT/2026/0042"
 */
public record ClearanceStatement(
        String agencyName,
        String officerName,
        String employeeNumber,
        String grade,
        String position,
        String orgUnit,
        LocalDate from,
        LocalDate to,
        Result result,
        Instant issuedAt,
        String issuedBy,
        String reference) {

    /** What the records show for the period. */
    public enum Result {
        /** No disciplinary punishment in the period and no disciplinary proceedings pending. */
        CLEAR,
        /** A disciplinary punishment was imposed in the period. */
        PUNISHED,
        /** Disciplinary proceedings against the officer are not yet decided. */
        PROCEEDINGS_PENDING
    }

    public ClearanceStatement {
        requireText(agencyName, "agencyName");
        requireText(officerName, "officerName");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(issuedAt, "issuedAt");
        requireText(issuedBy, "issuedBy");
        requireText(reference, "reference");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
