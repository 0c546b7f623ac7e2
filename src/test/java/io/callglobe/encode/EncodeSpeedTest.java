package io.callglobe.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Prints, without asserting it, how fast each encoder backend runs at 720p on this machine. */
class EncodeSpeedTest {

    private static final int FRAMES = 60;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void measure720pEncodeRate(EncoderBackend backend) throws IOException {
        EncoderSettings settings = EncoderSettings.of(1280, 720);
        ByteBuffer frame = ByteBuffer.allocateDirect(settings.frameBytes());
        Path video = dir.resolve("speed.mp4");

        long encodingNanos = 0;
        long start = System.nanoTime();
        VideoEncoder encoder = backend.open(video, settings);
        encodingNanos += System.nanoTime() - start;
        for (int n = 0; n < FRAMES; n++) {
            drawDriftingGradient(n, frame, settings.width(), settings.height());
            start = System.nanoTime();
            encoder.encode(frame);
            encodingNanos += System.nanoTime() - start;
        }
        start = System.nanoTime();
        encoder.close();
        encodingNanos += System.nanoTime() - start;

        double seconds = encodingNanos / 1e9;
        System.out.printf("%s H.264 %dx%d %s crf %d threads auto: %d frames in %.2f s = %.1f fps"
                        + " (open and close included, drawing excluded)%n",
                backend, settings.width(), settings.height(), settings.preset(), settings.crf(), FRAMES, seconds,
                FRAMES / seconds);
        assertEquals(FRAMES, Mp4Probe.summarize(video).frameCount());
    }

    /** Smooth content in which every pixel changes each frame, like a turning globe. */
    private static void drawDriftingGradient(int n, ByteBuffer rgba, int width, int height) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int red = (x + 4 * n) / 5 & 0xFF;
                int green = (y + 2 * n) / 3 & 0xFF;
                int blue = (x + y) / 8 & 0xFF;
                rgba.putInt((y * width + x) * 4, red << 24 | green << 16 | blue << 8 | 0xFF);
            }
        }
    }
}
