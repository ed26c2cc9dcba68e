package my.etika.bench;

/**
 * The run's timeline, in {@link System#nanoTime()}: virtual officer i of n starts at {@code origin + i × rampUp / n};
 * requests that start in [{@code measureFrom}, {@code measureUntil}) are measured; nobody starts a request after
 * {@code measureUntil}.
 */
record LoadWindow(long origin, long measureFrom, long measureUntil) {

    static LoadWindow starting(long origin, double rampUpSeconds, double measureSeconds) {
        long from = origin + (long) (rampUpSeconds * 1e9);
        return new LoadWindow(origin, from, from + (long) (measureSeconds * 1e9));
    }

    boolean measured(long startNanos) {
        return startNanos >= measureFrom && startNanos < measureUntil;
    }

    boolean over() {
        return System.nanoTime() >= measureUntil;
    }

    /**
     * Sleeps {@code nanos}, or until the end of the window if that comes first.
     *
     * @return whether the window is still open
     */
    boolean sleep(long nanos) throws InterruptedException {
        long until = Math.min(System.nanoTime() + nanos, measureUntil);
        for (long left = until - System.nanoTime(); left > 0; left = until - System.nanoTime()) {
            Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
        }
        return !over();
    }
}
