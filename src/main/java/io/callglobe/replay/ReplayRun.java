package io.callglobe.replay;

import io.callglobe.render.GlobeFrame;

import java.io.IOException;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Steps event time frame by frame through a {@link ReplayPlan}, skipping stretches where nothing is on the
 * globe, and hands each frame to a sink. Everything is derived from the frame number and the log, never the
 * wall clock, so the same log and options always give the same frames.
 */
public final class ReplayRun {
    /**
     * Told after every frame, with the outcome so far; {@code framesLeftAtMost} shrinks as idle stretches are
     * skipped.
     */
    public interface Progress {
        void frameDone(Outcome soFar, long framesLeftAtMost);
    }

    public record Outcome(long frames, long idleSkips, double skippedEventSeconds, boolean interrupted) {
        /** The same figures, for a run that was stopped at this point. */
        public Outcome asInterrupted() {
            return new Outcome(frames, idleSkips, skippedEventSeconds, true);
        }
    }

    private final Replay replay;
    private final ReplayPlan plan;

    public ReplayRun(Replay replay, ReplayPlan plan) {
        this.replay = replay;
        this.plan = plan;
    }

    public Outcome run(FrameSink sink, BooleanSupplier stopRequested, Progress progress)
            throws IOException, InterruptedException {
        Instant base = plan.from();
        long framesSinceBase = 0;
        long frames = 0;
        long skips = 0;
        double skipped = 0;
        while (true) {
            if (stopRequested.getAsBoolean()) {
                return new Outcome(frames, skips, skipped, true);
            }
            Instant now = base.plusNanos(Math.round(framesSinceBase * plan.eventSecondsPerFrame() * 1e9));
            if (plan.to() != null && now.isAfter(plan.to())) {
                // The last frame can fall short of the end; the events in between still count in the totals.
                replay.advanceTo(plan.to());
                break;
            }
            replay.advanceTo(now);
            Instant next = replay.nextEventTime();
            if (replay.idle()) {
                if (next == null || (plan.to() != null && next.isAfter(plan.to()))) {
                    // Nothing will be on the globe again within the plan: a skip would only run past its end.
                    break;
                }
                double gap = (next.toEpochMilli() - now.toEpochMilli()) / 1000.0;
                if (gap > plan.idleSkipEventSeconds()) {
                    double jump = gap - plan.leadInEventSeconds();
                    base = now.plusMillis(Math.round(jump * 1000));
                    framesSinceBase = 0;
                    skips++;
                    skipped += jump;
                    continue;
                }
            }
            GlobeFrame frame = replay.frame(now, (double) frames / plan.fps(), plan.speed());
            sink.accept(frame);
            frames++;
            framesSinceBase++;
            progress.frameDone(new Outcome(frames, skips, skipped, false), framesLeftAtMost(now));
        }
        return new Outcome(frames, skips, skipped, false);
    }

    private long framesLeftAtMost(Instant now) {
        if (plan.to() == null) {
            return 0;
        }
        double left = (plan.to().toEpochMilli() - now.toEpochMilli()) / 1000.0;
        return Math.max(0, (long) Math.ceil(left / plan.eventSecondsPerFrame()));
    }
}
