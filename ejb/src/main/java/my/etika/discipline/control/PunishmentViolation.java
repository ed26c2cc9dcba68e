package my.etika.discipline.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Why a set of punishments is not allowed: a bundle key and its arguments. For a refusal about one punishment the
 * first three arguments are its letter ({@code 38(b)}), its Malay name and its English name.
 */
public record PunishmentViolation(String messageKey, List<Object> arguments) {

    public PunishmentViolation {
        arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
    }
}
