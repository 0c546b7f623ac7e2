package io.callglobe.bench;

/** Progress lines on stderr, with the seconds since the benchmark started, so stdout holds only the report. */
final class Progress {
    private static final long STARTED = System.nanoTime();

    private Progress() {
    }

    static void say(String format, Object... arguments) {
        System.err.printf("bench %5.1f s: %s%n", (System.nanoTime() - STARTED) / 1e9, String.format(format, arguments));
    }
}
