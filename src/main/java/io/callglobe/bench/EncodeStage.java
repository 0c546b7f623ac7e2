package io.callglobe.bench;

import io.callglobe.bench.BenchConfig.FrameSize;
import io.callglobe.encode.EncoderBackend;
import io.callglobe.encode.EncoderSettings;
import io.callglobe.encode.VideoEncoder;
import io.callglobe.render.GlobeRenderer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** H.264 encoding alone, per backend, of frames rendered beforehand (2,000 arcs, animated). */
final class EncodeStage {
    private static final int ARCS = 2_000;

    private EncodeStage() {
    }

    static void run(BenchConfig config, Path scratch, BenchReport report) throws IOException {
        for (FrameSize size : config.sizes()) {
            List<ByteBuffer> frames = renderFrames(config, size);
            Map<EncoderBackend, Double> fps = new EnumMap<>(EncoderBackend.class);
            for (EncoderBackend backend : EncoderBackend.values()) {
                Progress.say("encode: %s at %s", backend, size);
                BudgetedLoop loop = new BudgetedLoop(config.frames(), config.caseBudget());
                fps.put(backend, framesPerSecond(backend, size, frames, loop,
                        scratch.resolve("encode-" + backend + "-" + size + ".mp4")));
                report.add(BenchRow.of("encode", backend + " (x264 veryfast, crf 23)", size.toString(),
                        fps.get(backend), "fps").noting(loop.describe() + ", " + frames.size() + " distinct"));
            }
            report.add(BenchRow.of("ratio", "encode ffmpeg / humble", size.toString(),
                    fps.get(EncoderBackend.FFMPEG) / fps.get(EncoderBackend.HUMBLE), "x"));
        }
    }

    private static List<ByteBuffer> renderFrames(BenchConfig config, FrameSize size) {
        SyntheticScene scene = new SyntheticScene(ARCS, config.seed());
        List<ByteBuffer> frames = new ArrayList<>();
        try (GlobeRenderer renderer = new GlobeRenderer(SyntheticScene.settings(size.width(), size.height()))) {
            for (int i = 0; i < config.distinctEncoderFrames(); i++) {
                ByteBuffer frame = ByteBuffer.allocateDirect(size.width() * size.height() * 4);
                renderer.render(scene.frame(i), frame);
                frames.add(frame);
            }
        }
        return frames;
    }

    /** From opening the encoder to the finalised file, so the frames x264 holds back are counted too. */
    private static double framesPerSecond(EncoderBackend backend, FrameSize size, List<ByteBuffer> frames,
                                          BudgetedLoop loop, Path target) throws IOException {
        long started = System.nanoTime();
        try (VideoEncoder encoder = backend.open(target, EncoderSettings.of(size.width(), size.height()))) {
            while (loop.another()) {
                encoder.encode(frames.get(loop.done() % frames.size()));
            }
        }
        return loop.done() / ((System.nanoTime() - started) / 1e9);
    }
}
