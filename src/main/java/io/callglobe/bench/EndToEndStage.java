package io.callglobe.bench;

import io.callglobe.bench.BenchConfig.FrameSize;
import io.callglobe.cli.TimedRender;
import io.callglobe.encode.Mp4Probe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated log through {@code callglobe render}, in this JVM and on the default backend, timed from its
 * first frame to the finalised MP4, whose frames are then counted; and the ffmpeg CLI encoding those same
 * frames, for the ratio.
 */
final class EndToEndStage {
    /** Gource's own figure for its video output, the project's yardstick (fps). */
    static final double GOURCE_FPS = 5.5;
    /** Event seconds per video second: a busy hour in six minutes. */
    private static final double SPEED = 10;
    private static final Duration TRAFFIC_AFTER_WINDOW = Duration.ofMinutes(1);

    private record Case(FrameSize size, int calls, Target target) {
    }

    private EndToEndStage() {
    }

    static void run(BenchConfig config, BenchInputs inputs, Path scratch, BenchReport report)
            throws IOException, InterruptedException {
        List<Case> cases = cases(config);
        if (cases.isEmpty()) {
            return;
        }
        // The cases are timed after one warm-up render, as a JMH benchmark warms up: a render's first seconds in a
        // fresh JVM run interpreted and compiling, which a video of minutes hardly notices. That render's own
        // figure is reported too.
        Case first = cases.get(0);
        BenchRow cold = measure(config, inputs, scratch, first);
        report.add(new BenchRow(cold.stage(), cold.subject() + ", first render", cold.size(), cold.value(),
                cold.unit(), null, "warms the JVM up for the rows below; " + cold.note()));
        BenchRow reference = null;
        for (Case c : cases) {
            BenchRow row = measure(config, inputs, scratch, c);
            report.add(row);
            if (c.size.equals(config.mainSize()) && c.calls == 2_000 && !Double.isNaN(row.value())) {
                reference = row;
            }
        }
        if (reference != null) {
            compareWithFfmpegCli(scratch, config.mainSize(), reference, config.frames(), report);
        }
    }

    private static List<Case> cases(BenchConfig config) {
        List<Case> cases = new ArrayList<>();
        for (int calls : config.endToEndLoads()) {
            cases.add(new Case(config.mainSize(), calls, targetFor(config.mainSize(), calls)));
        }
        for (FrameSize size : config.sizes().subList(1, config.sizes().size())) {
            cases.add(new Case(size, 2_000, targetFor(size, 2_000)));
        }
        return cases;
    }

    private static Target targetFor(FrameSize size, int calls) {
        if (size.equals(BenchConfig.HD)) {
            return switch (calls) {
                case 2_000 -> Target.atLeast(50);
                case 10_000 -> Target.atLeast(30);
                case 50_000 -> Target.atLeast(15);
                default -> null;
            };
        }
        return size.equals(BenchConfig.FULL_HD) && calls == 2_000 ? Target.atLeast(25) : null;
    }

    private static BenchRow measure(BenchConfig config, BenchInputs inputs, Path scratch, Case c) throws IOException {
        String subject = String.format("%,d calls, log -> mp4", c.calls);
        Instant from = BenchTraffic.START.plus(config.warmUp());
        Duration window = Duration.ofMillis(Math.round((config.frames() - 1) * SPEED / SyntheticScene.FPS * 1000));
        Instant to = from.plus(window);
        Progress.say("e2e: writing a log with ~%,d calls at once", c.calls);
        BenchInputs.Log log = inputs.steady("steady-" + c.calls, c.calls,
                config.warmUp().plus(window).plus(TRAFFIC_AFTER_WINDOW));
        Path mp4 = scratch.resolve("e2e-" + c.calls + "-" + c.size + ".mp4");
        Progress.say("e2e: %,d events; %s at %s", log.events(), subject, c.size);
        TimedRender.Result result = TimedRender.run(List.of(log.path().toString(), "-o", mp4.toString(),
                "--size", c.size.toString(), "--from", from.toString(), "--to", to.toString(),
                "--speed", Double.toString(SPEED), "--no-progress"), config.caseBudget());
        if (!result.succeeded()) {
            return BenchRow.failed("end to end", subject, c.size.toString(), "fps", c.target,
                    "render exited with " + result.exitCode());
        }
        int framesInVideo = Mp4Probe.summarize(mp4).frameCount();
        BenchRow row = new BenchRow("end to end", subject, c.size.toString(), result.framesPerSecond(), "fps",
                c.target, String.format("%,.0f calls and %,.0f arcs a frame; mp4 holds %d of %d frames%s%s; %.1f s "
                        + "with log scan and GL start", result.meanCallsShown(), result.meanArcs(), framesInVideo,
                result.frames(), framesInVideo == result.frames() ? "" : " (MISMATCH)",
                result.stoppedEarly() ? " (time budget)" : "", result.wallSeconds()));
        return framesInVideo == result.frames() ? row
                : BenchRow.failed(row.stage(), row.subject(), row.size(), row.unit(), row.target(), row.note());
    }

    /** On {@code frames} frames at least: the video's own, repeated if the render stopped short of that. */
    private static void compareWithFfmpegCli(Path scratch, FrameSize size, BenchRow endToEnd, int frames,
                                             BenchReport report) throws IOException, InterruptedException {
        Path mp4 = scratch.resolve("e2e-2000-" + size + ".mp4");
        boolean promised = size.equals(BenchConfig.HD);
        Path yuv = scratch.resolve("e2e-frames.yuv");
        Progress.say("ffmpeg CLI: decoding the end-to-end video to raw yuv420p, then encoding it again");
        String subject = String.format("ffmpeg CLI x264 veryfast, raw yuv420p (%d frames)", frames);
        double fps;
        try {
            FfmpegCliReference.decodeToRawYuv(mp4, frames, yuv);
            fps = FfmpegCliReference.framesPerSecond(yuv, size, frames, scratch.resolve("ffmpeg-cli.mp4"));
        } catch (IOException e) {
            report.add(BenchRow.failed("reference", subject, size.toString(), "fps", null, e.getMessage()));
            fps = Double.NaN;
        } finally {
            Files.deleteIfExists(yuv);
        }
        if (!Double.isNaN(fps)) {
            report.add(BenchRow.of("reference", subject, size.toString(), fps, "fps"));
        }
        report.add(BenchRow.of("ratio", "end to end 2,000 calls / ffmpeg CLI", size.toString(),
                endToEnd.value() / fps, "x").against(promised ? Target.atLeast(0.4) : null));
        report.add(BenchRow.of("ratio", "end to end 2,000 calls / Gource (5.5 fps)", size.toString(),
                endToEnd.value() / GOURCE_FPS, "x").against(promised ? Target.atLeast(9) : null));
    }
}
