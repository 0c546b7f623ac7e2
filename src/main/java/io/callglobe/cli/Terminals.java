package io.callglobe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether stdout or stderr is a terminal: Java tells only for stdin and stdout together (System.console). */
final class Terminals {
    static final int STDOUT = 1;
    static final int STDERR = 2;

    private Terminals() {
    }

    /** Reads where the descriptor points; {@code ifUnknown} where that cannot be told (no /proc). */
    static boolean isTerminal(int descriptor, boolean ifUnknown) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + descriptor)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return ifUnknown;
        }
    }
}
