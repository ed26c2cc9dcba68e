package my.etika.discipline.boundary;

import my.etika.discipline.entity.PunishmentKind;
import my.etika.discipline.entity.PunishmentParameters;
import my.etika.discipline.entity.PunishmentType;

/** One version of a punishment type with its limits. */
public record PunishmentTypeView(long id, String code, PunishmentKind kind, String letter, String nameMs,
        String nameEn, boolean severe, PunishmentParameters parameters, String note, Validity validity,
        long version) {

    static PunishmentTypeView of(PunishmentType t) {
        return new PunishmentTypeView(t.getId(), t.getCode(), t.getKind(), t.getLetter(), t.getNameMs(),
                t.getNameEn(), t.isSevere(), t.parameters(), t.getNote(), Validity.of(t), t.getVersion());
    }
}
