package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.encode.Mp4Probe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM to real {@code callglobe render} and {@code snapshot} processes: they stop, leave a playable video or
 * nothing at all (never a temporary file), and say so.
 */
class SigtermTest {
    private static final long PART_BYTES_BEFORE_SIGNAL = 8 * 1024;

    @TempDir
    Path dir;

    @Test
    void sigtermMidRenderFinalisesThePartialVideo() throws IOException, InterruptedException {
        Path video = dir.resolve("x.mp4");
        Path stderr = dir.resolve("stderr.txt");
        Process child = startCallglobe(stderr, List.of("render", "samples/busy-hour.jsonl.gz", "-o", video.toString(),
                "--size", "320x180", "--speed", "5", "--no-progress"));
        try {
            // At 5x the hour takes over 40,000 frames: the signal always comes mid-render.
            long partBytes = waitForPartFile(child, 120);
            assertTrue(partBytes >= PART_BYTES_BEFORE_SIGNAL, () -> "the render did not get going; stderr:\n"
                    + read(stderr));
            child.destroy();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "no exit within a minute of SIGTERM");
            assertEquals(RenderCommand.INTERRUPTED, child.exitValue(), "exit status after a finalised interruption");
        } finally {
            child.destroyForcibly();
        }

        String err = read(stderr);
        assertTrue(Files.exists(video), () -> "no video; stderr:\n" + err);
        assertEquals(List.of(), partFiles(), "temporary file left behind");
        RunSummary summary = RunSummary.parse(err);
        assertEquals("interrupted, finalised", summary.outcome());
        Mp4Probe.VideoSummary probe = Mp4Probe.summarize(video);
        assertTrue(probe.frameCount() > 0);
        assertEquals(summary.frames(), probe.frameCount(), err);
    }

    @Test
    void sigtermWhileTheLogIsScannedWritesNothingAndSaysSo() throws IOException, InterruptedException {
        Path log = longLogOfSkippedEvents();
        String err = interruptedOnceLogIsOpen(log, List.of("render", log.toString(), "-o",
                dir.resolve("x.mp4").toString(), "--size", "320x180", "--no-progress"));

        assertTrue(err.contains("callglobe: stopped before the first frame; nothing was written to "
                + dir.resolve("x.mp4")), err);
        assertFalse(Files.exists(dir.resolve("x.mp4")));
        assertEquals(List.of(), partFiles());
    }

    @Test
    void sigtermBeforeASnapshotIsWrittenWritesNothingAndSaysSo() throws IOException, InterruptedException {
        Path log = longLogOfSkippedEvents();
        Path png = dir.resolve("now.png");
        String err = interruptedOnceLogIsOpen(log, List.of("snapshot", log.toString(), "--at",
                "2026-11-20T15:30:00Z", "--size", "320x180", "-o", png.toString()));

        assertTrue(err.contains("callglobe: stopped before the image was written; nothing was written to " + png), err);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(file -> file.getFileName().toString().contains("now.png")).toList());
        }
    }

    /**
     * Runs callglobe with {@code arguments}, signals it once it has {@code log} open (it handles signals by
     * then), checks that it exits as interrupted, and returns its stderr.
     */
    private String interruptedOnceLogIsOpen(Path log, List<String> arguments) throws IOException,
            InterruptedException {
        Path stderr = dir.resolve("stderr.txt");
        Process child = startCallglobe(stderr, arguments);
        try {
            assertTrue(waitUntilOpen(child, log, 60), () -> "the log was never opened; stderr:\n" + read(stderr));
            child.destroy();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "no exit within a minute of SIGTERM");
            assertEquals(RenderCommand.INTERRUPTED, child.exitValue(), () -> read(stderr));
        } finally {
            child.destroyForcibly();
        }
        return read(stderr);
    }

    /** {@code callglobe ARGUMENTS...} in a JVM of its own, its stderr into a file. */
    private static Process startCallglobe(Path stderr, List<String> arguments) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true", Main.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        builder.environment().put("EGL_PLATFORM", "surfaceless");
        return builder.start();
    }

    /** 400,000 events of a type callglobe skips: a second or more to read, and never a call to draw. */
    private Path longLogOfSkippedEvents() throws IOException {
        Path log = dir.resolve("long.jsonl");
        Files.writeString(log, "{\"event\":\"call_transferred\",\"call_id\":\"x\"}\n".repeat(400_000));
        return log;
    }

    /** Polls the child's open files until one is {@code file}: it opens the log only once it handles signals. */
    private static boolean waitUntilOpen(Process child, Path file, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        Path descriptors = Path.of("/proc", Long.toString(child.pid()), "fd");
        while (child.isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> open = Files.list(descriptors)) {
                if (open.anyMatch(fd -> isLinkTo(fd, file))) {
                    return true;
                }
            } catch (IOException | UncheckedIOException exiting) {
                // The process is going away; isAlive says so on the next turn.
            }
            Thread.sleep(5);
        }
        return false;
    }

    private static boolean isLinkTo(Path descriptor, Path file) {
        try {
            return Files.readSymbolicLink(descriptor).equals(file);
        } catch (IOException closedMeanwhile) {
            return false;
        }
    }

    /** Polls until the hidden {@code .x.mp4.*.part} file holds some frames; returns its size. */
    private long waitForPartFile(Process child, int timeoutSeconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        long size = 0;
        while (child.isAlive() && System.nanoTime() < deadline && size < PART_BYTES_BEFORE_SIGNAL) {
            Thread.sleep(200);
            Optional<Path> part = partFiles().stream().findFirst();
            size = part.isPresent() ? sizeOrZero(part.get()) : 0;
        }
        return size;
    }

    private List<Path> partFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("\\.x\\.mp4\\..*\\.part")).toList();
        }
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException renamedOrDeleted) {
            return 0;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
