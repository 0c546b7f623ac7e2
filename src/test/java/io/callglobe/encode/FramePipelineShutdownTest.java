package io.callglobe.encode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** SIGTERM in the middle of a render still leaves a finalised video with the frames submitted. */
class FramePipelineShutdownTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void sigtermMidRenderLeavesAPlayableVideo(EncoderBackend backend) throws IOException, InterruptedException {
        Path video = dir.resolve("terminated.mp4");
        Path childErrors = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                RenderUntilTerminated.class.getName(), backend.name(), video.toString())
                .redirectError(childErrors.toFile())
                .start();
        int lastSubmitted = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lastSubmitted = Integer.parseInt(line.trim());
                if (lastSubmitted == 15) {
                    // SIGTERM, which runs its shutdown hooks; Process.destroy() would also close our end of stdout.
                    child.toHandle().destroy();
                }
            }
        } finally {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }

        assertTrue(Files.exists(video), "no video; child stderr:\n" + Files.readString(childErrors));
        int frames = Mp4Probe.summarize(video).frameCount();
        // The child can be stopped between a submit and printing its count.
        assertTrue(frames >= 15 && (frames == lastSubmitted || frames == lastSubmitted + 1),
                frames + " frames in the video, " + lastSubmitted + " reported submitted");
    }
}
