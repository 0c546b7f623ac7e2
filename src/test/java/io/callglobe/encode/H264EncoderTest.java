package io.callglobe.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** Every {@link EncoderBackend} makes the same playable H.264 MP4s, read back by {@link Mp4Probe}. */
class H264EncoderTest {

    private static final int WIDTH = 320;
    private static final int HEIGHT = 240;
    private static final int FRAMES = 45;
    private static final int COLOUR_TOLERANCE = 24;

    @TempDir
    Path dir;

    private final MovingSquare content = new MovingSquare(WIDTH, HEIGHT);

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void encodedVideoReadsBackAsH264WithEveryFrameAndTheDrawnContent(EncoderBackend backend) throws IOException {
        Path video = dir.resolve("square.mp4");
        encodeMovingSquare(backend, video, EncoderSettings.of(WIDTH, HEIGHT), FRAMES);

        Mp4Probe.VideoSummary summary = Mp4Probe.summarize(video);
        assertEquals("h264", summary.codecName());
        assertEquals("CODEC_ID_H264", summary.codecId());
        assertEquals(WIDTH, summary.width());
        assertEquals(HEIGHT, summary.height());
        assertEquals("yuv420p", summary.pixelFormat());
        assertEquals(FRAMES, summary.frameCount());
        assertEquals(Duration.ofMillis(1500), summary.duration());

        List<RgbFrame> frames = Mp4Probe.readFrames(video);
        assertEquals(FRAMES, frames.size());
        int middleRow = MovingSquare.TOP + MovingSquare.SIZE / 2;
        for (int n = 0; n < FRAMES; n++) {
            RgbFrame frame = frames.get(n);
            int centre = frame.rgbAt(MovingSquare.left(n) + MovingSquare.SIZE / 2, middleRow);
            assertTrue(MovingSquare.close(MovingSquare.SQUARE, centre, COLOUR_TOLERANCE),
                    "frame " + n + " square centre is " + Integer.toHexString(centre));
            int corner = frame.rgbAt(WIDTH - 5, HEIGHT - 5);
            assertTrue(MovingSquare.close(MovingSquare.BACKGROUND, corner, COLOUR_TOLERANCE),
                    "frame " + n + " background is " + Integer.toHexString(corner));
        }
        for (int n = 0; n + 1 < FRAMES; n++) {
            // The strip the square leaves between frame n and n+1 turns from bright to dark.
            int leftBehind = MovingSquare.left(n) + MovingSquare.STEP / 2;
            assertTrue(MovingSquare.looksLikeSquare(frames.get(n).rgbAt(leftBehind, middleRow)));
            assertFalse(MovingSquare.looksLikeSquare(frames.get(n + 1).rgbAt(leftBehind, middleRow)),
                    "frame " + (n + 1) + " still shows the square at x=" + leftBehind);
            assertNotEquals(frames.get(n).checksum(), frames.get(n + 1).checksum());
        }
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void targetAppearsOnlyOnCloseAndReplacesWhatWasThere(EncoderBackend backend) throws IOException {
        Path video = dir.resolve("replaced.mp4");
        byte[] previous = "an older render".getBytes(StandardCharsets.UTF_8);
        Files.write(video, previous);

        VideoEncoder encoder = backend.open(video, EncoderSettings.of(WIDTH, HEIGHT));
        ByteBuffer frame = content.newFrameBuffer();
        for (int n = 0; n < 10; n++) {
            content.draw(n, frame);
            encoder.encode(frame);
        }
        assertArrayEquals(previous, Files.readAllBytes(video));
        assertEquals(1, partFiles().size(), "frames go to one temporary file beside the target");

        encoder.close();
        assertEquals(10, Mp4Probe.summarize(video).frameCount());
        assertEquals(List.of(), partFiles());
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void newTargetDoesNotExistBeforeClose(EncoderBackend backend) throws IOException {
        Path video = dir.resolve("new.mp4");
        try (VideoEncoder encoder = backend.open(video, EncoderSettings.of(WIDTH, HEIGHT))) {
            ByteBuffer frame = content.newFrameBuffer();
            content.draw(0, frame);
            encoder.encode(frame);
            assertFalse(Files.exists(video));
        }
        assertTrue(Files.exists(video));
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void settingsReachX264(EncoderBackend backend) throws IOException {
        Path video = dir.resolve("settings.mp4");
        encodeMovingSquare(backend, video,
                EncoderSettings.of(WIDTH, HEIGHT).withCrf(31).withPreset("ultrafast").withThreads(1).withTune("grain"), 5);

        // x264 records its options as text in the stream.
        String bytes = new String(Files.readAllBytes(video), StandardCharsets.ISO_8859_1);
        assertTrue(bytes.contains("crf=31.0"), "crf not applied");
        assertTrue(bytes.contains(" threads=1 "), "threads not applied");
        assertTrue(bytes.contains(" subme=0 "), "ultrafast preset not applied");
        assertTrue(bytes.contains(" ip_ratio=1.10 "), "grain tune not applied");
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void moovAtomIsWrittenBeforeTheMediaDataForStreaming(EncoderBackend backend) throws IOException {
        Path video = dir.resolve("faststart.mp4");
        encodeMovingSquare(backend, video, EncoderSettings.of(WIDTH, HEIGHT), 5);

        List<String> boxes = Mp4Boxes.topLevel(video);
        assertTrue(boxes.contains("moov") && boxes.indexOf("moov") < boxes.indexOf("mdat"), boxes::toString);
        assertFalse(boxes.contains("moof"), boxes::toString);
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void fragmentedVideoHoldsEveryFrameInFragmentsOfAboutASecond(EncoderBackend backend) throws IOException {
        Path video = dir.resolve("fragmented.mp4");
        int frames = 100;
        encodeMovingSquare(backend, video, EncoderSettings.of(WIDTH, HEIGHT).withFragmented(true), frames);

        assertEquals(frames, Mp4Probe.summarize(video).frameCount());
        assertEquals(frames, Mp4Probe.readFrames(video).size());
        List<String> boxes = Mp4Boxes.topLevel(video);
        assertEquals(List.of("ftyp", "moov", "moof", "mdat"), boxes.subList(0, 4), boxes::toString);
        // 3.3 s of video, cut at least every second.
        assertTrue(boxes.stream().filter("moof"::equals).count() >= 4, boxes::toString);
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void closeIsIdempotentAndEncodingAfterCloseIsRefused(EncoderBackend backend) throws IOException {
        Path video = dir.resolve("twice.mp4");
        VideoEncoder encoder = backend.open(video, EncoderSettings.of(WIDTH, HEIGHT));
        ByteBuffer frame = content.newFrameBuffer();
        content.draw(0, frame);
        encoder.encode(frame);
        encoder.close();
        encoder.close();

        assertEquals(1, Mp4Probe.summarize(video).frameCount());
        assertThrows(IllegalStateException.class, () -> encoder.encode(frame));
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void closingBeforeAnyFrameWritesNothingAndSaysSo(EncoderBackend backend) throws IOException {
        Path video = dir.resolve("empty.mp4");
        VideoEncoder encoder = backend.open(video, EncoderSettings.of(WIDTH, HEIGHT));

        IOException e = assertThrows(IOException.class, encoder::close);
        assertTrue(e.getMessage().contains("no frames"), e.getMessage());
        assertFalse(Files.exists(video));
        assertEquals(List.of(), partFiles());
        encoder.close();
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void rejectsFrameBuffersThatAreNotDirectOrNotExactlyOneFrame(EncoderBackend backend) throws IOException {
        try (VideoEncoder encoder = backend.open(dir.resolve("bad.mp4"), EncoderSettings.of(WIDTH, HEIGHT))) {
            assertThrows(IllegalArgumentException.class, () -> encoder.encode(ByteBuffer.allocate(WIDTH * HEIGHT * 4)));
            assertThrows(IllegalArgumentException.class, () -> encoder.encode(ByteBuffer.allocateDirect(WIDTH * HEIGHT * 4 + 16)));
            ByteBuffer frame = content.newFrameBuffer();
            content.draw(0, frame);
            encoder.encode(frame);
        }
    }

    @ParameterizedTest
    @EnumSource(EncoderBackend.class)
    void unwritableDirectoryFailsAtOpenWithoutLeavingFiles(EncoderBackend backend) throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain-file"), "x");
        assertThrows(IOException.class,
                () -> backend.open(notADirectory.resolve("video.mp4"), EncoderSettings.of(WIDTH, HEIGHT)));
    }

    private void encodeMovingSquare(EncoderBackend backend, Path video, EncoderSettings settings, int frames) throws IOException {
        ByteBuffer frame = content.newFrameBuffer();
        try (VideoEncoder encoder = backend.open(video, settings)) {
            for (int n = 0; n < frames; n++) {
                content.draw(n, frame);
                encoder.encode(frame);
            }
        }
    }

    private List<Path> partFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
