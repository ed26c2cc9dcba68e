package my.etika.hygiene.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Common and breached passwords that an official account may not use, compared ignoring case. The standard list is
 * the resource {@code my/etika/hygiene/common-passwords.txt}: SecLists' 10,000 most common passwords (MIT) and
 * Etika's Malaysian additions; its README says where it comes from.
 *
 * <p>
 * Immutable and thread-safe. A lookup makes no {@code String} of the password: the entries are sorted and searched
 * with {@link CharSequence#compare} against a lower-cased {@code char[]} copy that is zeroed afterwards.
 */
public final class PasswordBlockList {

    static final String RESOURCE = "/my/etika/hygiene/common-passwords.txt";

    private static final class Standard {
        static final PasswordBlockList LIST = load();
    }

    private final String[] sortedEntries;

    /** A block-list of these entries (case ignored). */
    public PasswordBlockList(List<String> entries) {
        this.sortedEntries = entries.stream()
                .map(entry -> String.valueOf(lowerCase(entry.toCharArray())))
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }

    /** The list Etika ships, loaded once. */
    public static PasswordBlockList standard() {
        return Standard.LIST;
    }

    /** Whether the password is on the list, ignoring case. */
    public boolean contains(char[] password) {
        char[] lower = lowerCase(password);
        try {
            CharSequence key = CharBuffer.wrap(lower);
            int low = 0;
            int high = sortedEntries.length - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                int order = CharSequence.compare(sortedEntries[middle], key);
                if (order < 0) {
                    low = middle + 1;
                } else if (order > 0) {
                    high = middle - 1;
                } else {
                    return true;
                }
            }
            return false;
        } finally {
            Arrays.fill(lower, '\0');
        }
    }

    /** How many distinct entries the list has. */
    public int size() {
        return sortedEntries.length;
    }

    // Per char and locale-independent, the same for entries and passwords (String.toLowerCase would depend on a
    // locale or need a String of the password).
    private static char[] lowerCase(char[] chars) {
        char[] lower = new char[chars.length];
        for (int i = 0; i < chars.length; i++) {
            lower[i] = Character.toLowerCase(chars[i]);
        }
        return lower;
    }

    private static PasswordBlockList load() {
        try (InputStream in = PasswordBlockList.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> entries = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    entries.add(line);
                }
            }
            return new PasswordBlockList(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
