package my.etika.discipline.control;

import java.math.BigDecimal;
import my.etika.discipline.entity.PunishmentKind;

/**
 * One punishment of a decision, with what its kind needs: {@code amount} in ringgit for a fine or a forfeiture,
 * {@code days} of a forfeiture, {@code months} of a deferment or a reduction of salary, {@code movements} of a
 * reduction of salary, {@code newGrade} of a reduction in rank. The others are {@code null}.
 */
public record ImposedPunishment(PunishmentKind kind, BigDecimal amount, Integer days, Integer months,
        Integer movements, String newGrade) {

    public static ImposedPunishment of(PunishmentKind kind) {
        return new ImposedPunishment(kind, null, null, null, null, null);
    }
}
