package my.etika.discipline.boundary;

import java.util.List;

/** The integrity unit's charts: cases by provision, category, org unit and outcome. */
public record CaseCharts(List<Count> byProvision, List<Count> byCategory, List<Count> byOrgUnit,
        List<Count> byOutcome) {

    public record Count(String key, String label, long count) {
    }
}
