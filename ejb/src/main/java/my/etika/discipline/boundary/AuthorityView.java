package my.etika.discipline.boundary;

import my.etika.discipline.entity.AuthorityKind;
import my.etika.discipline.entity.DisciplinaryAuthority;
import my.etika.discipline.entity.ServiceGroupServed;

/** One version of a disciplinary authority, board or appeal board. */
public record AuthorityView(long id, String code, String nameMs, String nameEn, AuthorityKind kind,
        ServiceGroupServed serviceGroup, String instrumentCode, String note, Validity validity, long version) {

    static AuthorityView of(DisciplinaryAuthority a) {
        return new AuthorityView(a.getId(), a.getCode(), a.getNameMs(), a.getNameEn(), a.getKind(),
                a.getServiceGroup(), a.getInstrument() == null ? null : a.getInstrument().getCode(), a.getNote(),
                Validity.of(a), a.getVersion());
    }
}
