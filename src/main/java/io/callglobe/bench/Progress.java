package io.callglobe.bench;

/** Progress lines on stderr, so stdout holds only the report. */
final class Progress {
    private Progress() {
    }

    static void say(String format, Object... arguments) {
        System.err.println("bench: " + String.format(format, arguments));
    }
}
