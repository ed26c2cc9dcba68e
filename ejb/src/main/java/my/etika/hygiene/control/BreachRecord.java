package my.etika.hygiene.control;

import java.util.List;
import java.util.Objects;
import my.etika.platform.control.OfficialAddresses;

/**
 * One breached address of a "Have I Been Pwned" domain-search export.
 *
 * @param address the address, {@linkplain OfficialAddresses#normalise(String) normalised} ({@code ahmad+x@…} and
 *     {@code ahmad@…} are both {@code ahmad@…}, so an export may give the same address more than once)
 * @param breaches the names of the breaches it appeared in (HIBP's breach {@code Name}, e.g. {@code LinkedIn}),
 *     without duplicates, in the export's order
 */
public record BreachRecord(String address, List<String> breaches) {

    public BreachRecord {
        Objects.requireNonNull(address, "address");
        breaches = List.copyOf(breaches);
    }
}
