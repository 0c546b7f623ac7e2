package io.callglobe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code callglobe ...} in a JVM of its own, for what only a real process shows: signals and exit codes. */
final class CallglobeProcess implements AutoCloseable {
    private final Process process;
    private final Path stderr;

    private CallglobeProcess(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
    }

    /** @param stderr where the child's standard error goes */
    static CallglobeProcess start(Path stderr, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return new CallglobeProcess(process, stderr);
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    /** Waits until standard error holds a match of {@code pattern}, and returns its first group. */
    String awaitStderr(Pattern pattern, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Matcher match = pattern.matcher(stderr());
            if (match.find()) {
                return match.group(1);
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no " + pattern + " on stderr" + (process.isAlive() ? "" : " before exit "
                        + process.exitValue()) + ":\n" + stderr());
            }
            Thread.sleep(20);
        }
    }

    /** Sends SIGTERM and returns the exit code. */
    int terminate(Duration timeout) throws InterruptedException, IOException {
        process.toHandle().destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no exit " + timeout.toSeconds() + " s after SIGTERM; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
