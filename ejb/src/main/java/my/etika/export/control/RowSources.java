package my.etika.export.control;

import java.time.LocalDate;
import my.etika.export.entity.ExportKind;

/** The row source of each kind of export. */
public final class RowSources {

    private RowSources() {
    }

    /**
     * @param pseudonyms null: not masked
     * @param today      the Malaysian day of the export (declarations overdue or not yet due)
     */
    public static RowSource of(ExportKind kind, ExportFilters filters, Pseudonyms pseudonyms, LocalDate today) {
        filters.check(kind);
        return switch (kind) {
            case INCIDENTS -> new IncidentRowSource(filters, pseudonyms);
            case DECLARATIONS -> new DeclarationRowSource(filters, pseudonyms, today);
            case FINDINGS -> new FindingRowSource(filters, pseudonyms);
        };
    }
}
