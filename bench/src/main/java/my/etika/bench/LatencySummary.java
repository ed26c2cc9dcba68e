package my.etika.bench;

import java.util.Arrays;

/**
 * Count, errors and exact latency percentiles of a set of requests: every latency recorded is kept and sorted, no
 * histogram buckets, no averaging. The percentile is the nearest-rank one: the smallest recorded latency such that
 * at least p % of the requests took no longer.
 *
 * @param count  requests (successful or not)
 * @param errors of those, the ones that failed (non-2xx or no response)
 */
record LatencySummary(int count, int errors, double p50Ms, double p95Ms, double p99Ms, double maxMs) {

    static LatencySummary of(long[] latencyNanos, int errors) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length, errors, percentileMs(sorted, 50), percentileMs(sorted, 95),
                percentileMs(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
    }

    /** Nearest rank: the value at rank ceil(p/100 × n) (1-based) of the sorted latencies. */
    static double percentileMs(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }
}
