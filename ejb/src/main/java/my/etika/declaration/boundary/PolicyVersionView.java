package my.etika.declaration.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A policy version as the screens and the API show it (texts as Markdown; rendering is the web layer's). */
public record PolicyVersionView(long id, long policyId, String policyCode, String titleMs, String titleEn,
        int number, String status, boolean material, LocalDate effectiveOn, List<String> sources,
        Instant publishedAt, List<Rule> rules) {

    public record Rule(String key, String textMs, String textEn) {
    }
}
