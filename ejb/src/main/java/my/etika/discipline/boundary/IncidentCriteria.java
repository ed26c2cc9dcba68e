package my.etika.discipline.boundary;

/**
 * Filters of the case list; {@code null} means any. Without a status, cases still open are listed.
 *
 * @param status       a status name, or ALL
 * @param overdueOnly  only cases whose current deadline has passed
 * @param olderThanDays only cases received more than that many days ago (ageing)
 */
public record IncidentCriteria(String status, String orgUnit, Long provisionId, String categoryCode,
        boolean overdueOnly, int olderThanDays) {

    public static IncidentCriteria open() {
        return new IncidentCriteria(null, null, null, null, false, 0);
    }
}
