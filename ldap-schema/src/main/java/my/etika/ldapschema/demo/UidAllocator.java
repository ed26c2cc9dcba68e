package my.etika.ldapschema.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out unique logins: the first {@code ahmad.ismail} keeps the base, later ones get {@code ahmad.ismail2},
 * {@code ahmad.ismail3} and so on. Bases end in a letter, so a suffixed login never equals another base.
 *
 * <p>Keeps one counter per distinct base: bounded by the name pools, not by the number of officers.
 */
final class UidAllocator {

    private final Map<String, Integer> issuedPerBase = new HashMap<>();

    String allocate(String base) {
        int issued = issuedPerBase.merge(base, 1, Integer::sum);
        return issued == 1 ? base : base + issued;
    }

    /** Takes a fixed login out of circulation so that no drawn name can receive it. */
    void reserve(String uid) {
        issuedPerBase.merge(uid, 1, Integer::sum);
    }
}
