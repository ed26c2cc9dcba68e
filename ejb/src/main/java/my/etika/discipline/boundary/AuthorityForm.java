package my.etika.discipline.boundary;

import my.etika.discipline.entity.AuthorityKind;
import my.etika.discipline.entity.ServiceGroupServed;

/** The content of a new disciplinary authority or of an authority's next version. */
public record AuthorityForm(String nameMs, String nameEn, AuthorityKind kind, ServiceGroupServed serviceGroup,
        String instrumentCode, String note) {
}
