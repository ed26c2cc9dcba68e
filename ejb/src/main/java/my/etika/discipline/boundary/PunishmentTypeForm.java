package my.etika.discipline.boundary;

import my.etika.discipline.entity.PunishmentParameters;

/** The content of a punishment type's next version. */
public record PunishmentTypeForm(String letter, String nameMs, String nameEn, boolean severe,
        PunishmentParameters parameters, String note) {
}
