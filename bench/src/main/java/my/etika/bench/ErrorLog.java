package my.etika.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What went wrong, for whoever reads the results: the first {@value #KEPT} failures in full (kind, officer,
 * status, the start of the response body or the exception), and how many there were in all.
 */
final class ErrorLog {

    static final int KEPT = 200;
    private static final int BODY_CHARS = 400;

    private final List<String> kept = new ArrayList<>();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicInteger unexpected = new AtomicInteger();
    private final long origin;

    /** @param originNanos the run's start, so that each entry says when it happened */
    ErrorLog(long originNanos) {
        this.origin = originNanos;
    }

    void httpError(RequestKind kind, String login, int status, String body) {
        add(kind, login, "HTTP " + status + " " + abbreviate(body));
    }

    void exception(RequestKind kind, String login, Exception e) {
        add(kind, login, e.getClass().getName() + ": " + e.getMessage());
    }

    /** A 2xx answer that does not let the officer go on (no open declaration in the list, a malformed body). */
    void unexpected(RequestKind kind, String login, String what) {
        unexpected.incrementAndGet();
        add(kind, login, what);
    }

    private void add(RequestKind kind, String login, String what) {
        int n = total.incrementAndGet();
        String line = String.format("%.3f s %s %s %s", (System.nanoTime() - origin) / 1e9, kind, login, what);
        synchronized (kept) {
            if (kept.size() < KEPT) {
                kept.add(line);
            }
        }
        if (n <= 5) {
            System.err.println("[signing-load] error: " + line);
        }
    }

    int total() {
        return total.get();
    }

    /** The failures that were 2xx answers (not counted as HTTP errors by the samples). */
    int unexpected() {
        return unexpected.get();
    }

    void write(Path file) throws IOException {
        synchronized (kept) {
            List<String> lines = new ArrayList<>(kept);
            if (total.get() > kept.size()) {
                lines.add("... " + (total.get() - kept.size()) + " more");
            }
            Files.write(file, lines, StandardCharsets.UTF_8);
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ");
        return oneLine.length() <= BODY_CHARS ? oneLine : oneLine.substring(0, BODY_CHARS) + "...";
    }
}
