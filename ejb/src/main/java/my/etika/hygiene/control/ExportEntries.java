package my.etika.hygiene.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import my.etika.platform.control.OfficialAddresses;

/** Checks the entries an export gives, in either form, and hands each on as a {@link BreachRecord}. */
final class ExportEntries {

    static final int MAX_BREACH_NAME = 200;
    private static final int MAX_SHOWN_ADDRESS = 254;

    private final String domain;
    private final int maxBreachesPerAddress;
    private final Consumer<BreachRecord> each;

    /** @param domain the export's domain, normalised */
    ExportEntries(String domain, int maxBreachesPerAddress, Consumer<BreachRecord> each) {
        this.domain = domain;
        this.maxBreachesPerAddress = maxBreachesPerAddress;
        this.each = each;
    }

    String domain() {
        return domain;
    }

    /** The address of an alias ({@code ahmad}) at a domain, or of an entry that already is an address. */
    String addressOf(String aliasOrAddress, String domainName) {
        return aliasOrAddress.indexOf('@') >= 0
                ? aliasOrAddress
                : aliasOrAddress + "@" + (domainName == null || domainName.isBlank() ? domain : domainName);
    }

    Set<String> newBreachList() {
        return new LinkedHashSet<>();
    }

    /** Adds a breach name (blank ones are nothing: a list may end with a separator). */
    void addBreach(Set<String> breaches, String name, long line, String address) {
        String n = name.strip();
        if (n.isEmpty()) {
            return;
        }
        if (n.length() > MAX_BREACH_NAME || n.chars().anyMatch(Character::isISOControl)) {
            throw new BreachImportException("breach.lineMalformed", line);
        }
        breaches.add(n);
        if (breaches.size() > maxBreachesPerAddress) {
            throw new BreachImportException("breach.tooManyBreachesPerAddress", line, shown(address),
                    maxBreachesPerAddress);
        }
    }

    void emit(long line, String address, Set<String> breaches) {
        String normal = OfficialAddresses.normalise(address)
                .orElseThrow(() -> new BreachImportException("breach.addressInvalid", line, shown(address)));
        String at = normal.substring(normal.indexOf('@') + 1);
        if (!at.equals(domain) && !at.endsWith("." + domain)) {
            throw new BreachImportException("breach.addressOutsideDomain", line, shown(address), domain);
        }
        each.accept(new BreachRecord(normal, List.copyOf(breaches)));
    }

    private static String shown(String address) {
        String a = address == null ? "" : address;
        return a.length() <= MAX_SHOWN_ADDRESS ? a : a.substring(0, MAX_SHOWN_ADDRESS) + "…";
    }
}
