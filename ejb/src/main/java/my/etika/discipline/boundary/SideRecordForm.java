package my.etika.discipline.boundary;

import java.time.LocalDate;

/**
 * An interdiction, suspension or reg 3D report beside the procedure.
 *
 * @param kind              INTERDICTION, SUSPENSION or REPORT_3D
 * @param emolumentsPercent the share of emoluments paid meanwhile: at least 50 for an interdiction, 0 for a
 *                          suspension; none for a report
 */
public record SideRecordForm(String kind, long version, LocalDate startsOn, LocalDate endsOn,
        Integer emolumentsPercent, String note) {
}
