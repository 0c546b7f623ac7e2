package io.callglobe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stderr is a terminal; Java can tell only for stdin and stdout together (System.console). */
final class StderrTerminal {
    private static final Path STDERR = Path.of("/proc/self/fd/2");

    private StderrTerminal() {
    }

    /** True for a terminal, and wherever it cannot be told (no /proc): a redrawn line is the usual case. */
    static boolean isTerminal() {
        try {
            String target = Files.readSymbolicLink(STDERR).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true;
        }
    }
}
