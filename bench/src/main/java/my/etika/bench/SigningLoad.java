package my.etika.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The declaration-signing load: N virtual officers (a closed model, one platform thread each) sign against a
 * running Etika for a fixed window after a ramp-up, each taking officers nobody else has taken (see
 * {@link VirtualOfficer} for one officer's loop and think times).
 *
 * <p>What it measures, for the requests that <em>start</em> inside the window (the ramp-up is not measured): per
 * request kind and over all of them, the count, the throughput (requests/s; signatures/s), the errors (any non-2xx
 * answer or no answer) and the exact nearest-rank
 * p50/p95/p99 and the maximum of every latency recorded, from sending the request to having read the whole
 * response. Over the whole run, ramp-up included, it counts every request, every error (a 2xx answer the officer
 * cannot go on from counts too: no open declaration in the list, an unreadable body) and every signature
 * accepted, which the caller compares with the signatures in the database.
 *
 * <pre>
 * java -cp ... my.etika.bench.SigningLoad --api http://127.0.0.1:8380/etika/api/v1/ --env RUN/directory.env
 *     --logins RUN/logins.txt --campaign 'Bench 2026' --users 200 --ramp-up 20 --seconds 300 [--think-scale 1]
 *     [--prefix ''] --out results.env [--requests-csv RUN/requests.csv] [--errors RUN/errors.txt]
 *     [--unused RUN/unused-logins.txt] [--goal-p99-ms 250] [--seed 2026]
 * </pre>
 *
 * The password is the directory's demo password ({@code BENCH_DEMO_PASSWORD} in the directory's env file), which
 * every generated officer has. Results are appended to {@code --out} as {@code PREFIX_KEY=value} lines.
 */
public final class SigningLoad {

    private SigningLoad() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        URI api = URI.create(a.required("api"));
        String password = Args.readEnv(Path.of(a.required("env"))).get("BENCH_DEMO_PASSWORD");
        String campaign = a.required("campaign");
        int users = a.intValue("users", 200);
        double rampUp = a.doubleValue("ramp-up", 20);
        double seconds = a.doubleValue("seconds", 300);
        double thinkScale = a.doubleValue("think-scale", 1);
        String prefix = a.value("prefix", "");
        double goalP99 = a.doubleValue("goal-p99-ms", 250);
        long seed = a.longValue("seed", 2026L);
        OfficerQueue officers = OfficerQueue.fromFile(Path.of(a.required("logins")), seed);
        if (password == null) {
            throw new IllegalArgumentException("No BENCH_DEMO_PASSWORD in " + a.required("env"));
        }

        System.out.printf("[signing-load] %d virtual officers, ramp-up %.0f s, measured %.0f s, think time x%s,"
                + " %,d officers available%n", users, rampUp, seconds, thinkScale, officers.size());
        HttpClient http = EtikaClient.newHttpClient();
        long origin = System.nanoTime();
        LoadWindow window = LoadWindow.starting(origin, rampUp, seconds);
        ErrorLog errors = new ErrorLog(origin);
        EtikaClient client = new EtikaClient(http, api, errors);
        LongAdder signed = new LongAdder();
        List<VirtualOfficer> virtualOfficers = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            long startAt = origin + (long) (rampUp * 1e9 * i / users);
            virtualOfficers.add(new VirtualOfficer(startAt, window, officers, password, campaign, thinkScale, client,
                    errors, signed, seed * 1_000_003L + i));
        }
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(users,
                r -> new Thread(r, "virtual-officer-" + threadNumber.incrementAndGet()));
        virtualOfficers.forEach(pool::execute);
        pool.shutdown();
        long deadline = window.measureUntil() + EtikaClient.TIMEOUT.toNanos() + 30_000_000_000L;
        while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
            System.out.printf("[signing-load] %5.0f s: %,d officers taken, %,d signed, %d errors%n",
                    (System.nanoTime() - origin) / 1e9, officers.taken(), signed.sum(), errors.total());
            if (System.nanoTime() > deadline) {
                pool.shutdownNow();
                throw new IllegalStateException("Virtual officers still running 90 s after the window closed");
            }
        }
        long finished = System.nanoTime();

        Map<String, String> results = summarize(virtualOfficers, window, seconds, errors, officers, goalP99);
        results.put("WALL_SECONDS", format((finished - origin) / 1e9));
        results.put("DRIVER_CPU_SECONDS", format(ProcessHandle.current().info().totalCpuDuration()
                .map(d -> d.toMillis() / 1e3).orElse(-1.0)));
        Map<String, String> out = new LinkedHashMap<>();
        out.put(prefix + "USERS", Integer.toString(users));
        out.put(prefix + "RAMP_UP_SECONDS", format(rampUp));
        out.put(prefix + "MEASURED_SECONDS", format(seconds));
        out.put(prefix + "THINK_SCALE", format(thinkScale));
        if (thinkScale > 0) {
            // what the officers would ask for if every answer were instant: how far the server held them back
            out.put(prefix + "ZERO_LATENCY_REQUESTS_PER_SECOND",
                    format(users * RequestKind.values().length / (VirtualOfficer.MEAN_THINK_SECONDS * thinkScale)));
        }
        results.forEach((k, v) -> out.put(prefix + k, v));
        appendEnv(Path.of(a.required("out")), out);
        if (a.value("requests-csv", null) != null) {
            writeCsv(Path.of(a.value("requests-csv", null)), virtualOfficers, window);
        }
        if (a.value("errors", null) != null) {
            errors.write(Path.of(a.value("errors", null)));
        }
        if (a.value("unused", null) != null) {
            officers.writeUnused(Path.of(a.value("unused", null)));
        }
        printSummary(prefix, out);
    }

    private static Map<String, String> summarize(List<VirtualOfficer> virtualOfficers, LoadWindow window,
            double seconds, ErrorLog errors, OfficerQueue officers, double goalP99) {
        Map<RequestKind, LongList> latencies = new LinkedHashMap<>();
        Map<RequestKind, Integer> measuredErrors = new LinkedHashMap<>();
        for (RequestKind kind : RequestKind.values()) {
            latencies.put(kind, new LongList());
            measuredErrors.put(kind, 0);
        }
        LongList all = new LongList();
        int allMeasuredErrors = 0;
        int runRequests = 0;
        int runHttpErrors = 0;
        int runSignatures = 0;
        long lastStart = window.origin();
        for (VirtualOfficer officer : virtualOfficers) {
            Samples s = officer.samples();
            for (int i = 0; i < s.size(); i++) {
                runRequests++;
                runHttpErrors += s.ok(i) ? 0 : 1;
                runSignatures += s.ok(i) && s.kind(i) == RequestKind.SIGN ? 1 : 0;
                lastStart = Math.max(lastStart, s.start(i));
                if (window.measured(s.start(i))) {
                    latencies.get(s.kind(i)).add(s.latency(i));
                    all.add(s.latency(i));
                    if (!s.ok(i)) {
                        measuredErrors.merge(s.kind(i), 1, Integer::sum);
                        allMeasuredErrors++;
                    }
                }
            }
        }
        Map<String, String> r = new LinkedHashMap<>();
        r.put("OFFICERS_AVAILABLE", Integer.toString(officers.size()));
        r.put("OFFICERS_TAKEN", Integer.toString(officers.taken()));
        r.put("QUEUE_EXHAUSTED", officers.exhausted() ? "yes" : "no");
        if (officers.exhausted()) {
            r.put("LAST_REQUEST_STARTED_AT_SECONDS", format((lastStart - window.origin()) / 1e9));
        }
        r.put("RUN_REQUESTS", Integer.toString(runRequests));
        r.put("RUN_ERRORS", Integer.toString(runHttpErrors + errors.unexpected()));
        r.put("RUN_UNEXPECTED_ANSWERS", Integer.toString(errors.unexpected()));
        r.put("RUN_SIGNATURES_OK", Integer.toString(runSignatures));
        LatencySummary total = LatencySummary.of(all.toArray(), allMeasuredErrors);
        int measuredSignatures = latencies.get(RequestKind.SIGN).size() - measuredErrors.get(RequestKind.SIGN);
        r.put("REQUESTS", Integer.toString(total.count()));
        r.put("REQUESTS_PER_SECOND", format(total.count() / seconds));
        r.put("SIGNATURES", Integer.toString(measuredSignatures));
        r.put("SIGNATURES_PER_SECOND", format(measuredSignatures / seconds));
        put(r, "TOTAL", total, seconds);
        for (RequestKind kind : RequestKind.values()) {
            put(r, kind.name(), LatencySummary.of(latencies.get(kind).toArray(), measuredErrors.get(kind)), seconds);
        }
        r.put("GOAL_P99_MS", format(goalP99));
        r.put("GOAL_MET", total.p99Ms() <= goalP99 && runHttpErrors + errors.unexpected() == 0
                && !officers.exhausted() ? "yes" : "no");
        return r;
    }

    private static void put(Map<String, String> r, String name, LatencySummary s, double seconds) {
        r.put(name + "_COUNT", Integer.toString(s.count()));
        r.put(name + "_ERRORS", Integer.toString(s.errors()));
        r.put(name + "_PER_SECOND", format(s.count() / seconds));
        r.put(name + "_P50_MS", format(s.p50Ms()));
        r.put(name + "_P95_MS", format(s.p95Ms()));
        r.put(name + "_P99_MS", format(s.p99Ms()));
        r.put(name + "_MAX_MS", format(s.maxMs()));
    }

    private static void printSummary(String prefix, Map<String, String> out) {
        System.out.printf("%n[signing-load] %s officers %s, think time x%s, measured %s s after %s s of ramp-up%n",
                out.get(prefix + "USERS"), prefix.isEmpty() ? "signing" : "signing (" + prefix.replace("_", "")
                        .toLowerCase(Locale.ROOT) + ")",
                out.get(prefix + "THINK_SCALE"), out.get(prefix + "MEASURED_SECONDS"),
                out.get(prefix + "RAMP_UP_SECONDS"));
        System.out.printf("%-6s %8s %7s %8s %9s %9s %9s %9s%n", "", "count", "errors", "req/s", "p50 ms", "p95 ms",
                "p99 ms", "max ms");
        for (String kind : new String[] {"LIST", "READ", "SIGN", "TOTAL"}) {
            String k = prefix + kind;
            System.out.printf("%-6s %8s %7s %8s %9s %9s %9s %9s%n", kind, out.get(k + "_COUNT"),
                    out.get(k + "_ERRORS"), out.get(k + "_PER_SECOND"), out.get(k + "_P50_MS"),
                    out.get(k + "_P95_MS"), out.get(k + "_P99_MS"), out.get(k + "_MAX_MS"));
        }
        System.out.printf("signatures/s %s; whole run: %s requests, %s errors, %s signatures accepted, %s of %s"
                + " officers taken%s%n", out.get(prefix + "SIGNATURES_PER_SECOND"), out.get(prefix + "RUN_REQUESTS"),
                out.get(prefix + "RUN_ERRORS"), out.get(prefix + "RUN_SIGNATURES_OK"),
                out.get(prefix + "OFFICERS_TAKEN"), out.get(prefix + "OFFICERS_AVAILABLE"),
                "yes".equals(out.get(prefix + "QUEUE_EXHAUSTED"))
                        ? " -- THE QUEUE RAN OUT: the load stopped early, throughput is understated" : "");
    }

    /** Every request of the run, in the order they started: seconds since the start, kind, ms, status, measured. */
    private static void writeCsv(Path file, List<VirtualOfficer> virtualOfficers, LoadWindow window)
            throws IOException {
        List<long[]> rows = new ArrayList<>();
        for (VirtualOfficer officer : virtualOfficers) {
            Samples s = officer.samples();
            for (int i = 0; i < s.size(); i++) {
                rows.add(new long[] {s.start(i), s.kind(i).ordinal(), s.latency(i), s.status(i)});
            }
        }
        rows.sort((x, y) -> Long.compare(x[0], y[0]));
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("start_s,kind,latency_ms,status,measured\n");
            for (long[] row : rows) {
                w.write(String.format(Locale.ROOT, "%.3f,%s,%.3f,%d,%d%n", (row[0] - window.origin()) / 1e9,
                        RequestKind.values()[(int) row[1]], row[2] / 1e6, row[3], window.measured(row[0]) ? 1 : 0));
            }
        }
    }

    private static void appendEnv(Path file, Map<String, String> values) throws IOException {
        StringBuilder text = new StringBuilder();
        values.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** A growable array of primitive longs (latencies in ns), without boxing 100,000 of them. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
