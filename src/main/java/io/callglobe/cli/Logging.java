package io.callglobe.cli;

/**
 * slf4j-simple reads its settings from system properties once, when the first logger is made, which is
 * before picocli has parsed anything: so {@code --verbose} is looked for here, ahead of parsing.
 */
final class Logging {
    private Logging() {
    }

    static void configure(String[] args) {
        boolean verbose = false;
        for (String arg : args) {
            verbose |= arg.equals("--verbose") || arg.equals("-v");
        }
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "debug" : "info");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
        // humble-video narrates every encoder it opens at info level.
        System.setProperty("org.slf4j.simpleLogger.log.io.humble", verbose ? "debug" : "warn");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showShortLogName", "true");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }
}
