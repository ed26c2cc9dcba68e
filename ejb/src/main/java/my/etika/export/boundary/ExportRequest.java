package my.etika.export.boundary;

/**
 * An export asked for: {@code {"kind":"INCIDENTS","format":"CSV","filters":{…},"masked":true}}.
 *
 * @param kind    INCIDENTS, DECLARATIONS (compliance) or FINDINGS
 * @param format  CSV, XLSX or PDF
 * @param filters null for none
 */
public record ExportRequest(String kind, String format, Filters filters, boolean masked) {

    /**
     * Dates as yyyy-MM-dd (days in Malaysia, both included); every filter optional; which filters each kind takes
     * is {@link my.etika.export.control.ExportFilters#check}'s.
     */
    public record Filters(String from, String to, String orgUnit, Long provisionId, String categoryCode,
            String status, String outcome, Long campaignId, String ruleCode) {
    }
}
