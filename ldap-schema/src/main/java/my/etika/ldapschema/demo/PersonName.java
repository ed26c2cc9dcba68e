package my.etika.ldapschema.demo;

import java.util.Locale;

/**
 * A person's name as the directory shows it.
 *
 * @param fullName  {@code cn}, e.g. {@code Ahmad bin Ismail}, {@code Tan Wei Ming}, {@code Kavitha a/p Muthu}
 * @param givenName the personal name
 * @param surname   {@code sn}: the family name, or the father's name where the name is patronymic
 */
record PersonName(String fullName, String givenName, String surname) {

    /** The login before any collision suffix: personal name, a dot, surname; lower-case letters only. */
    String uidBase() {
        return letters(givenName) + "." + letters(surname);
    }

    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
