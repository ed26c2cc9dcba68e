package my.etika.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The officers nobody has taken yet: each login is handed out once, so no officer signs twice (a second signature
 * of the same declaration is refused with 409 by design, and would be counted as an error).
 */
final class OfficerQueue {

    private final ConcurrentLinkedQueue<String> logins;
    private final int size;
    private volatile boolean exhausted;

    private OfficerQueue(List<String> logins) {
        this.logins = new ConcurrentLinkedQueue<>(logins);
        this.size = logins.size();
    }

    /** The logins of a file, one a line, in an order shuffled with {@code seed} (not the registry's order). */
    static OfficerQueue fromFile(Path file, long seed) throws IOException {
        List<String> logins = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                logins.add(line.strip());
            }
        }
        Collections.shuffle(logins, new Random(seed));
        return new OfficerQueue(logins);
    }

    /** The next unused login, or {@code null} once every officer has been taken. */
    String next() {
        String login = logins.poll();
        if (login == null) {
            exhausted = true;
        }
        return login;
    }

    int size() {
        return size;
    }

    int taken() {
        return size - logins.size();
    }

    /** Whether a virtual officer asked for another officer and found none. */
    boolean exhausted() {
        return exhausted;
    }

    /** Writes the logins nobody took, for a later phase of the same run. */
    void writeUnused(Path file) throws IOException {
        Files.write(file, new ArrayList<>(logins), StandardCharsets.UTF_8);
    }
}
