package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.encode.Mp4Probe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to a real {@code callglobe render} process: it stops, finalises a playable video and says so. */
class RenderSigtermTest {
    private static final long PART_BYTES_BEFORE_SIGNAL = 8 * 1024;

    @TempDir
    Path dir;

    @Test
    void sigtermMidRenderFinalisesThePartialVideo() throws IOException, InterruptedException {
        Path video = dir.resolve("x.mp4");
        Path stderr = dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                Main.class.getName(), "render", "samples/busy-hour.jsonl.gz", "-o", video.toString(),
                "--size", "320x180", "--speed", "5", "--no-progress")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile());
        builder.environment().put("EGL_PLATFORM", "surfaceless");
        Process child = builder.start();
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
