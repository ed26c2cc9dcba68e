package my.etika.declaration.boundary;

import java.time.LocalDate;
import java.util.List;

/** A new version of a policy as HR writes it. */
public record PolicyDraft(String textMs, String textEn, List<String> sources, LocalDate effectiveOn,
        boolean material, List<PolicyVersionView.Rule> rules) {

    public PolicyDraft {
        sources = sources == null ? List.of() : List.copyOf(sources);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
