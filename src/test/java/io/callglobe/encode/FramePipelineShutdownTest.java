package io.callglobe.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SIGTERM in the middle of a render still leaves a finalised video with the frames submitted; SIGKILL leaves a
 * fragmented one playable up to its last fragment.
 */
class FramePipelineShutdownTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void sigtermMidRenderLeavesAPlayableVideo(EncoderBackend backend) throws IOException, InterruptedException {
        Path video = dir.resolve("terminated.mp4");
        // SIGTERM, which runs its shutdown hooks; Process.destroy() would also close our end of stdout.
        int lastSubmitted = renderUntil(backend, video, 15, child -> child.toHandle().destroy());

        assertTrue(Files.exists(video), "no video; child stderr:\n" + Files.readString(childErrors()));
        int frames = Mp4Probe.summarize(video).frameCount();
        // The child can be stopped between a submit and printing its count.
        assertTrue(frames >= 15 && (frames == lastSubmitted || frames == lastSubmitted + 1),
                frames + " frames in the video, " + lastSubmitted + " reported submitted");
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void aFragmentedVideoKilledOutrightPlaysUpToItsLastFragment(EncoderBackend backend)
            throws IOException, InterruptedException {
        Path video = dir.resolve("killed.mp4");
        // SIGKILL: no shutdown hook, nothing finalised; 4 s of video submitted, fragments of about 1 s.
        int lastSubmitted = renderUntil(backend, video, 120, child -> child.toHandle().destroyForcibly(),
                "fragmented");

        assertFalse(Files.exists(video), "a killed render never renames its video onto the target");
        List<Path> parts;
        try (Stream<Path> files = Files.list(dir)) {
            parts = files.filter(f -> f.getFileName().toString().startsWith(".killed.mp4.")).toList();
        }
        assertEquals(1, parts.size(), () -> "partial files: " + parts);
        int frames = Mp4Probe.summarize(parts.get(0)).frameCount();
        // Frames still in the queue, in x264's lookahead or in the fragment being filled are lost.
        assertTrue(frames >= 60 && frames <= lastSubmitted,
                frames + " frames play from the partial file, " + lastSubmitted + " reported submitted");
    }

    /**
     * Starts {@link RenderUntilTerminated} writing {@code video}, stops it through {@code stop} once it reports
     * {@code stopAfter} frames submitted, and returns the last count it reported.
     */
    private int renderUntil(EncoderBackend backend, Path video, int stopAfter, Consumer<Process> stop,
                            String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                RenderUntilTerminated.class.getName(), backend.name(), video.toString()));
        command.addAll(List.of(options));
        Process child = new ProcessBuilder(command).redirectError(childErrors().toFile()).start();
        int lastSubmitted = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lastSubmitted = Integer.parseInt(line.trim());
                if (lastSubmitted == stopAfter) {
                    stop.accept(child);
                }
            }
        } finally {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        return lastSubmitted;
    }

    private Path childErrors() {
        return dir.resolve("child-stderr.txt");
    }
}
