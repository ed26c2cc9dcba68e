package my.etika.hygiene.boundary;

/** What an import of a breach export held and raised. */
public record BreachImportSummary(long id, String domain, int addresses, int matchedOfficers,
        int unmatchedAddresses, int findingsRaised) {
}
