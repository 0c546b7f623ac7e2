package io.callglobe.encode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FramePipelineTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final EncoderSettings SETTINGS = EncoderSettings.of(WIDTH, HEIGHT);
    private static final Duration NO_HANG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final MovingSquare content = new MovingSquare(WIDTH, HEIGHT);

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void framesSubmittedThroughThePipelineAreEncodedInOrder(EncoderBackend backend) throws Exception {
        Path video = dir.resolve("pipeline.mp4");
        int frames = 45;
        FramePipeline pipeline = new FramePipeline(SETTINGS, () -> backend.open(video, SETTINGS));
        for (int n = 0; n < frames; n++) {
            ByteBuffer frame = pipeline.acquire();
            content.draw(n, frame);
            pipeline.submit(frame);
        }
        pipeline.close();

        assertEquals(frames, pipeline.framesEncoded());
        assertEquals(frames, Mp4Probe.summarize(video).frameCount());
        List<RgbFrame> decoded = Mp4Probe.readFrames(video);
        int middleRow = MovingSquare.TOP + MovingSquare.SIZE / 2;
        for (int n = 0; n < frames; n++) {
            int centre = decoded.get(n).rgbAt(MovingSquare.left(n) + MovingSquare.SIZE / 2, middleRow);
            assertTrue(MovingSquare.close(MovingSquare.SQUARE, centre, 24),
                    "frame " + n + " square centre is " + Integer.toHexString(centre));
        }
    }

    @Test
    void closeFromAnotherThreadMidStreamFinalisesTheFramesSubmittedSoFar() throws Exception {
        Path video = dir.resolve("interrupted.mp4");
        FramePipeline pipeline = openPipeline(video);
        AtomicInteger submitted = new AtomicInteger();
        AtomicReference<Throwable> producerEnd = new AtomicReference<>();
        Thread producer = new Thread(() -> {
            try {
                for (int n = 0; ; n++) {
                    ByteBuffer frame = pipeline.acquire();
                    content.draw(n % 40, frame);
                    pipeline.submit(frame);
                    submitted.incrementAndGet();
                }
            } catch (Throwable e) {
                producerEnd.set(e);
            }
        });
        producer.start();
        while (submitted.get() < 12) {
            Thread.sleep(5);
        }

        assertTimeoutPreemptively(NO_HANG, pipeline::close);
        producer.join(NO_HANG.toMillis());

        assertFalse(producer.isAlive());
        assertTrue(producerEnd.get() instanceof IllegalStateException, "producer ended with " + producerEnd.get());
        assertEquals(submitted.get(), pipeline.framesEncoded());
        assertEquals(submitted.get(), Mp4Probe.summarize(video).frameCount());
    }

    @Test
    void encoderFailureReachesTheProducerInsteadOfBlockingIt() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        FramePipeline pipeline = new FramePipeline(SETTINGS,
                () -> EncoderBackend.DEFAULT.open(notADirectory.resolve("video.mp4"), SETTINGS));

        assertTimeoutPreemptively(NO_HANG, () -> assertThrows(IOException.class, () -> {
            for (int n = 0; ; n++) {
                ByteBuffer frame = pipeline.acquire();
                content.draw(n, frame);
                pipeline.submit(frame);
            }
        }));
        IOException onClose = assertThrows(IOException.class, pipeline::close);
        assertTrue(onClose.getMessage().contains("plain-file"), onClose.getMessage());
    }

    @Test
    void closingBeforeAnyFrameReportsThatNothingWasWritten() {
        Path video = dir.resolve("nothing.mp4");
        FramePipeline pipeline = openPipeline(video);

        IOException e = assertThrows(IOException.class, pipeline::close);
        assertTrue(e.getMessage().contains("no frames"), e.getMessage());
        assertFalse(Files.exists(video));
    }

    @Test
    void refusesBuffersItDidNotHandOut() throws Exception {
        FramePipeline pipeline = openPipeline(dir.resolve("foreign.mp4"));
        assertThrows(IllegalArgumentException.class, () -> pipeline.submit(ByteBuffer.allocateDirect(SETTINGS.frameBytes())));
        ByteBuffer frame = pipeline.acquire();
        content.draw(0, frame);
        pipeline.submit(frame);
        assertThrows(IllegalArgumentException.class, () -> pipeline.submit(frame), "the same buffer twice");
        pipeline.close();
    }

    @Test
    void closeIsIdempotentAndLaterCallsAreRefused() throws Exception {
        Path video = dir.resolve("closed.mp4");
        FramePipeline pipeline = openPipeline(video);
        ByteBuffer frame = pipeline.acquire();
        content.draw(0, frame);
        pipeline.submit(frame);
        pipeline.close();
        pipeline.close();

        assertEquals(1, Mp4Probe.summarize(video).frameCount());
        assertThrows(IllegalStateException.class, pipeline::acquire);
    }

    @Test
    void handsOutPooledBuffersOfOneFrame() throws Exception {
        FramePipeline pipeline = openPipeline(dir.resolve("pool.mp4"));
        ByteBuffer frame = pipeline.acquire();
        assertTrue(frame.isDirect());
        assertEquals(SETTINGS.frameBytes(), frame.capacity());
        content.draw(0, frame);
        pipeline.submit(frame);
        pipeline.close();
    }

    private FramePipeline openPipeline(Path video) {
        return new FramePipeline(SETTINGS, () -> EncoderBackend.DEFAULT.open(video, SETTINGS));
    }
}
