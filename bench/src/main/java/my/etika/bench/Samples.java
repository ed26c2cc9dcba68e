package my.etika.bench;

import java.util.Arrays;

/**
 * Every request one virtual officer made: its kind, when it started, how long it took and whether it succeeded.
 * One instance per virtual officer (no sharing, no locking while the load runs); merged when it is over.
 */
final class Samples {

    private byte[] kinds = new byte[256];
    private long[] starts = new long[256];
    private long[] latencies = new long[256];
    private short[] statuses = new short[256];
    private int size;

    /**
     * @param startNanos   {@link System#nanoTime()} when the request was sent
     * @param latencyNanos until the whole response body was read
     * @param status       the HTTP status, or 0 when no response came (an exception: timeout, connection refused)
     */
    void add(RequestKind kind, long startNanos, long latencyNanos, int status) {
        if (size == kinds.length) {
            int grown = size * 2;
            kinds = Arrays.copyOf(kinds, grown);
            starts = Arrays.copyOf(starts, grown);
            latencies = Arrays.copyOf(latencies, grown);
            statuses = Arrays.copyOf(statuses, grown);
        }
        kinds[size] = (byte) kind.ordinal();
        starts[size] = startNanos;
        latencies[size] = latencyNanos;
        statuses[size] = (short) status;
        size++;
    }

    int size() {
        return size;
    }

    RequestKind kind(int i) {
        return RequestKind.values()[kinds[i]];
    }

    long start(int i) {
        return starts[i];
    }

    long latency(int i) {
        return latencies[i];
    }

    int status(int i) {
        return statuses[i];
    }

    /** Success is a 2xx status; anything else, and no response at all, is an error. */
    boolean ok(int i) {
        return statuses[i] >= 200 && statuses[i] < 300;
    }
}
