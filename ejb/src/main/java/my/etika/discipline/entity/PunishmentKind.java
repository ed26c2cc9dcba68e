package my.etika.discipline.entity;

/**
 * The kinds of disciplinary punishment (reg 38 of P.U.(A) 395/1993). Their letters, names and limits are data
 * ({@link PunishmentType}): a state instrument may letter them differently.
 */
public enum PunishmentKind {
    WARNING, FINE, FORFEITURE_OF_EMOLUMENTS, DEFERMENT_OF_SALARY_MOVEMENT, REDUCTION_OF_SALARY, REDUCTION_IN_RANK,
    DISMISSAL
}
