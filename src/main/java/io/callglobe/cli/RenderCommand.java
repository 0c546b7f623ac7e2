package io.callglobe.cli;

import io.callglobe.encode.EncoderBackend;
import io.callglobe.encode.EncoderSettings;
import io.callglobe.encode.FramePipeline;
import io.callglobe.render.GlobeFrame;
import io.callglobe.render.GlobeRenderer;
import io.callglobe.render.HeadlessGl;
import io.callglobe.render.RenderSettings;
import io.callglobe.replay.FramesAhead;
import io.callglobe.replay.ReplayPlan;
import io.callglobe.replay.ReplayRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render a recorded call-event log (JSON Lines, optionally gzipped, or - for stdin) "
                + "to an H.264 MP4 video.")
final class RenderCommand implements Callable<Integer> {
    /** The exit status of a render stopped by SIGTERM or Ctrl-C, after its video was finalised. */
    static final int INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The event log: a .jsonl or .jsonl.gz file, or -.")
    String log;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.mp4", defaultValue = "calls.mp4",
            description = "The video to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--fps", defaultValue = "30", description = "Frames per second (default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--speed", paramLabel = "X",
            description = "Event seconds per video second (default: fit the log's span in --duration).")
    Double speed;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Converters.Span.class,
            description = "Target video length when --speed is not given, e.g. 90s or 2m (default: 1m). "
                    + "Idle stretches are skipped, so the video may come out shorter.")
    Duration duration;

    @Option(names = "--from", paramLabel = "TIME", converter = Converters.ZoneTime.class,
            description = "Start at this event time, ISO-8601, with an offset or in the --tz zone "
                    + "(default: the log's first event).")
    TimeArgument fromTime;

    @Option(names = "--to", paramLabel = "TIME", converter = Converters.ZoneTime.class,
            description = "Stop at this event time, ISO-8601, with an offset or in the --tz zone "
                    + "(default: the log's last event).")
    TimeArgument toTime;

    @Option(names = "--crf", defaultValue = "" + EncoderSettings.DEFAULT_CRF,
            description = "x264 constant rate factor, 0-51, lower is better quality (default: ${DEFAULT-VALUE}).")
    int crf;

    @Option(names = "--preset", defaultValue = EncoderSettings.DEFAULT_PRESET,
            description = "x264 preset, ultrafast..veryslow (default: ${DEFAULT-VALUE}).")
    String preset;

    @Option(names = "--threads", defaultValue = "0", description = "Encoder threads, 0 for automatic (default).")
    int threads;

    @Option(names = "--tune", paramLabel = "TUNE",
            description = "x264 tuning, e.g. animation or zerolatency (default: none).")
    String tune;

    @Option(names = "--fragmented", description = "Write the MP4 in fragments of about a second: a render killed "
            + "outright (SIGKILL, power loss) leaves its hidden .part file beside the output playable up to its last "
            + "whole second. Some editors handle fragmented MP4s less well (default: one index at the front).")
    boolean fragmented;

    @Option(names = "--encoder", paramLabel = "ffmpeg|humble", converter = Converters.Backend.class,
            description = "H.264 encoder library; humble is several times slower (default: ${DEFAULT-VALUE}).")
    EncoderBackend encoder = EncoderBackend.DEFAULT;

    @Option(names = "--no-progress", description = "Do not draw the progress bar.")
    boolean noProgress;

    @Mixin
    SceneOptions scene;

    /** Sees each frame once it is handed to the encoder, and may end the render as Ctrl-C would. */
    interface Watcher {
        default void frameSubmitted(GlobeFrame frame) {
        }

        default boolean stopWanted() {
            return false;
        }
    }

    /** {@link TimedRender} times this very path through it; a user's render is not watched. */
    Watcher watcher = new Watcher() { };

    @Override
    public Integer call() throws Exception {
        Instant from = fromTime == null ? null : fromTime.in(scene.zone);
        Instant to = toTime == null ? null : toTime.in(scene.zone);
        OutputNames.requireExtension(output, "H.264 in MP4", List.of(".mp4", ".m4v"));
        HeadlessGl.initialiseInBackground();
        // Installed before the log is scanned (seconds for a big log), so a stop then is told like one later.
        try (StopSignals stop = StopSignals.install(); LogInput input = LogInput.open(log, scene)) {
            if (stop.requested()) {
                return stoppedBeforeFirstFrame();
            }
            ReplayPlan plan = plan(input, from, to);
            RenderSettings settings = input.renderSettings();
            EncoderSettings encoding = EncoderSettings.of(settings.width(), settings.height()).withFps(fps)
                    .withCrf(crf).withPreset(preset).withThreads(threads).withTune(tune)
                    .withFragmented(fragmented);
            Path target = output.toAbsolutePath();
            Files.createDirectories(target.getParent());

            long started = System.nanoTime();
            ReplayRun.Outcome outcome;
            try {
                outcome = renderFrames(input, plan, settings, encoding, target, stop);
            } catch (StoppedBeforeFirstFrame e) {
                return stoppedBeforeFirstFrame();
            }
            printSummary(outcome, plan, settings, (System.nanoTime() - started) / 1e9);
            RunReport.print(spec.commandLine().getErr(), input);
            return outcome.interrupted() ? INTERRUPTED : 0;
        }
    }

    private int stoppedBeforeFirstFrame() {
        spec.commandLine().getErr().println("callglobe: stopped before the first frame; nothing was written to "
                + output);
        return INTERRUPTED;
    }

    /** A stop came while the first frame was still being built (a long lead-in, a pipe that went quiet). */
    private static final class StoppedBeforeFirstFrame extends Exception {
    }

    private ReplayRun.Outcome renderFrames(LogInput input, ReplayPlan plan, RenderSettings settings,
                                           EncoderSettings encoding, Path target, StopSignals stop)
            throws IOException, InterruptedException, StoppedBeforeFirstFrame {
        try (GlobeRenderer renderer = new GlobeRenderer(settings);
             FramePipeline pipeline = new FramePipeline(encoding, () -> encoder.open(target, encoding));
             RenderProgress progress = new RenderProgress(plan.framesAtMost(), !noProgress)) {
            ReplayRun.Outcome outcome = FramesAhead.run(new ReplayRun(input.replay, plan)::run, frame -> {
                ByteBuffer buffer = pipeline.acquire();
                renderer.render(frame, buffer);
                pipeline.submit(buffer);
                watcher.frameSubmitted(frame);
            }, () -> stop.requested() || watcher.stopWanted(), progress);
            // Thrown, not returned: closing a pipeline that got no frame fails ("no frames were encoded"), and
            // an exception from here keeps that failure suppressed.
            if (outcome.frames() == 0 && outcome.interrupted()) {
                throw new StoppedBeforeFirstFrame();
            }
            if (outcome.frames() == 0) {
                throw new IllegalArgumentException("nothing to render: no call " + (plan.to() == null
                        ? "from " + plan.from() + " on" : "in " + plan.from() + " .. " + plan.to()) + span(input));
            }
            return outcome;
        }
    }

    /** Where a window with nothing in it could go instead; a stream on stdin has no span known ahead. */
    private static String span(LogInput input) {
        return input.summary == null ? ""
                : "; the log's events run from " + input.summary.first() + " to " + input.summary.last();
    }

    private void printSummary(ReplayRun.Outcome outcome, ReplayPlan plan, RenderSettings settings, double seconds) {
        Duration skipped = Duration.ofMillis(Math.round(outcome.skippedEventSeconds() * 1000));
        String skips = outcome.idleSkips() == 0 ? "" : String.format("; skipped %d idle stretch%s (%s of event time)",
                outcome.idleSkips(), outcome.idleSkips() == 1 ? "" : "es", Converters.Span.format(skipped));
        spec.commandLine().getErr().printf(
                "%s %s: %,d frames (%.1f s of video at %d fps, %dx%d, %.0fx speed, %s) in %.1f s, %.1f fps%s%n",
                outcome.interrupted() ? "interrupted, finalised" : "wrote", output, outcome.frames(),
                outcome.frames() / (double) fps, fps, settings.width(), settings.height(), plan.speed(), encoder,
                seconds, outcome.frames() / seconds, skips);
    }

    private ReplayPlan plan(LogInput input, Instant from, Instant to) {
        if (input.fromStdin()) {
            Instant start = from != null ? from : input.replay.nextEventTime();
            if (start == null) {
                throw new IllegalArgumentException("stdin holds no readable event");
            }
            return new ReplayPlan(start, to, speed != null ? speed : ReplayPlan.STDIN_SPEED, fps);
        }
        if (input.summary.isEmpty()) {
            throw new IllegalArgumentException(log + " holds no readable event");
        }
        return ReplayPlan.forLog(input.summary, from, to, speed, duration, fps);
    }
}
