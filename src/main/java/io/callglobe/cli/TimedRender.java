package io.callglobe.cli;

import io.callglobe.render.GlobeFrame;
import picocli.CommandLine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs {@code callglobe render ...} in this JVM, exactly as the command line does, and times it from its first
 * frame, so that log pre-scan, GL start-up and the replay up to {@code --from} stay out of the frame rate. Once a
 * time budget is spent the render is stopped as Ctrl-C stops it, and its video finalised.
 */
public final class TimedRender {
    /**
     * @param wallSeconds     the whole command, start-up included
     * @param steadySeconds   from the first frame handed to the encoder until the video was finalised
     * @param stoppedEarly    the budget ran out before the last planned frame
     * @param meanCallsShown  calls ringing or in call, averaged over the frames (the HUD's counts)
     * @param meanArcs        arcs drawn per frame, fading ones and forwarded legs included
     */
    public record Result(int exitCode, long frames, double wallSeconds, double steadySeconds, boolean stoppedEarly,
                         double meanCallsShown, double meanArcs) {
        /** Frames after the first one, over the time they took: the steady end-to-end rate. */
        public double framesPerSecond() {
            return frames < 2 || steadySeconds <= 0 ? 0 : (frames - 1) / steadySeconds;
        }

        public boolean succeeded() {
            return exitCode == 0 || (stoppedEarly && exitCode == RenderCommand.INTERRUPTED);
        }
    }

    private TimedRender() {
    }

    /**
     * @param renderArguments  what follows {@code callglobe render} on a command line
     * @param budget           time after the first frame at which the render is stopped (never before 3 frames)
     */
    public static Result run(List<String> renderArguments, Duration budget) {
        CommandLine main = Main.commandLine();
        RenderCommand render = main.getSubcommands().get("render").getCommand();
        FrameTimes times = new FrameTimes(budget.toNanos());
        render.watcher = times;
        List<String> arguments = new ArrayList<>();
        arguments.add("render");
        arguments.addAll(renderArguments);
        long started = System.nanoTime();
        int exitCode = main.execute(arguments.toArray(String[]::new));
        long ended = System.nanoTime();
        double steady = times.frames == 0 ? 0 : (ended - times.firstFrameNanos) / 1e9;
        return new Result(exitCode, times.frames, (ended - started) / 1e9, steady, times.stopped,
                times.frames == 0 ? 0 : (double) times.calls / times.frames,
                times.frames == 0 ? 0 : (double) times.arcs / times.frames);
    }

    private static final class FrameTimes implements RenderCommand.Watcher {
        private static final int MIN_FRAMES = 3;
        private final long budgetNanos;
        long frames;
        long firstFrameNanos;
        long calls;
        long arcs;
        boolean stopped;

        FrameTimes(long budgetNanos) {
            this.budgetNanos = budgetNanos;
        }

        @Override
        public void frameSubmitted(GlobeFrame frame) {
            if (frames == 0) {
                firstFrameNanos = System.nanoTime();
            }
            frames++;
            calls += frame.hud().ringing() + frame.hud().inCall();
            arcs += frame.arcs().size();
        }

        @Override
        public boolean stopWanted() {
            stopped = stopped || frames >= MIN_FRAMES && System.nanoTime() - firstFrameNanos > budgetNanos;
            return stopped;
        }
    }
}
