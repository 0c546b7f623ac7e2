package io.callglobe.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
