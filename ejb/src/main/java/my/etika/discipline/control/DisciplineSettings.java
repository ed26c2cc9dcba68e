package my.etika.discipline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.Locale;
import my.etika.discipline.entity.IncidentStatus;
import org.eclipse.microprofile.config.Config;

/**
 * The procedure's clocks ({@code etika.discipline.*}). Statutory periods are calendar days from the officer's receipt
 * (21 for the representation, reg 36(1)/37; 14 to appeal, reg 15(1) of P.U.(A) 396/1993; 30 for the head of
 * department to forward an appeal) — a reading of the text to confirm with JPA, hence configurable. Internal service
 * levels are working days of the officer's duty-station state, per status.
 */
@ApplicationScoped
public class DisciplineSettings {

    private static final String PREFIX = "etika.discipline.";

    @Inject
    Config config;

    public int representationDays() {
        return number("representation-days", 21);
    }

    public int appealDays() {
        return number("appeal-days", 14);
    }

    public int appealForwardDays() {
        return number("appeal-forward-days", 30);
    }

    /** Days from receipt after which an undecided case is at risk of being held condoned by delay. */
    public int condonationRiskDays() {
        return number("condonation-risk-days", 180);
    }

    /** Working days a case should stay at most in the status ({@code etika.discipline.service-level.<status>}). */
    public int serviceLevelWorkingDays(IncidentStatus status) {
        int byDefault = switch (status) {
            case RECEIVED -> 3;
            case PRELIMINARY_INVESTIGATION -> 30;
            case HOD_REPORTED, TRACK_DETERMINED -> 10;
            case CHARGED, DECIDED -> 5;
            case DELIBERATION -> 20;
            case APPEAL_DECIDED -> 5;
            default -> 0;
        };
        return number("service-level." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'), byDefault);
    }

    /** The agency's office hours on a working day ({@code etika.agency.office-hours}, {@code 08:00-17:00}). */
    public LocalTime[] officeHours() {
        String hours = config == null ? null
                : config.getOptionalValue("etika.agency.office-hours", String.class).orElse(null);
        String[] span = (hours == null ? "08:00-17:00" : hours).trim().split("-");
        return new LocalTime[] {LocalTime.parse(span[0].trim()), LocalTime.parse(span[1].trim())};
    }

    /** The defaults, without configuration (unit tests). */
    public static DisciplineSettings defaults() {
        return new DisciplineSettings();
    }

    private int number(String name, int byDefault) {
        return config == null ? byDefault : config.getOptionalValue(PREFIX + name, Integer.class).orElse(byDefault);
    }
}
