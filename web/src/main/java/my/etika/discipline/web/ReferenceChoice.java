package my.etika.discipline.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import my.etika.discipline.boundary.DisciplineReference;

/** A reference-data row offered in a form: its id or code, and a label in the user's language. */
public record ReferenceChoice(Long id, String code, String label) implements Serializable {

    public static List<ReferenceChoice> provisions(DisciplineReference reference, LocalDate on, Locale language) {
        return reference.provisions(null, on).stream().map(p -> new ReferenceChoice(p.id(), p.code(),
                p.numberLabel() + " — " + (english(language) && p.glossEn() != null ? p.glossEn() : p.heading())))
                .toList();
    }

    public static List<ReferenceChoice> categories(DisciplineReference reference, LocalDate on, Locale language) {
        return reference.categories(on).stream().map(c -> new ReferenceChoice(c.id(), c.code(),
                english(language) ? c.nameEn() : c.nameMs())).toList();
    }

    private static boolean english(Locale language) {
        return "en".equals(language.getLanguage());
    }
}
