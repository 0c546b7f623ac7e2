package io.callglobe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code callglobe} run in a fresh JVM (this one's java and classpath), timed and with its peak memory. */
final class ChildJvm {
    /** The exit code reported for a child that ran past {@link #TIME_LIMIT} and was killed. */
    static final int TIMED_OUT = -1;
    private static final Duration TIME_LIMIT = Duration.ofMinutes(10);
    private static final Pattern PEAKS = Pattern.compile(BenchChildMain.PEAKS + " rss=(-?\\d+) heap=(-?\\d+)");

    /**
     * @param peakRssBytes   VmHWM as the child read it at exit, -1 if it did not say
     * @param peakHeapBytes  its heap pools' peaks summed, -1 if it did not say
     * @param stderr         everything it printed on stderr
     */
    record Outcome(int exitCode, double wallSeconds, long peakRssBytes, long peakHeapBytes, String stderr) {
        boolean outOfMemory() {
            return stderr.contains("OutOfMemoryError");
        }

        /** How it ended, for the report. */
        String ending() {
            return exitCode == TIMED_OUT ? "killed after " + TIME_LIMIT.toMinutes() + " min" : "exit " + exitCode;
        }
    }

    private ChildJvm() {
    }

    static Outcome run(List<String> jvmOptions, List<String> callglobeArguments, Path stderrFile)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchChildMain.class.getName());
        command.addAll(callglobeArguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderrFile.toFile());
        builder.environment().put("EGL_PLATFORM", "surfaceless");
        long started = System.nanoTime();
        Process process = builder.start();
        int exitCode;
        try {
            exitCode = process.waitFor(TIME_LIMIT.toSeconds(), TimeUnit.SECONDS) ? process.exitValue() : TIMED_OUT;
        } finally {
            process.destroyForcibly();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        String stderr = Files.readString(stderrFile);
        Matcher peaks = PEAKS.matcher(stderr);
        boolean reported = peaks.find();
        return new Outcome(exitCode, seconds, reported ? Long.parseLong(peaks.group(1)) : -1,
                reported ? Long.parseLong(peaks.group(2)) : -1, stderr);
    }
}
