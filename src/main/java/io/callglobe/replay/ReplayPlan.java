package io.callglobe.replay;

import java.time.Duration;
import java.time.Instant;

/**
 * How event time maps onto video time.
 *
 * @param from   event time of the first frame
 * @param to     event time after which rendering stops; null to run until the log is exhausted (stdin)
 * @param speed  event seconds per video second
 * @param fps    frames per video second
 */
public record ReplayPlan(Instant from, Instant to, double speed, int fps) {
    public static final Duration DEFAULT_DURATION = Duration.ofMinutes(1);
    /** Stretches with nothing on the globe longer than this (video seconds) are skipped. */
    static final double IDLE_SKIP_VIDEO_SECONDS = 1.5;
    /** After a skip, the next call appears this long (video seconds) after the cut. */
    static final double LEAD_IN_VIDEO_SECONDS = 0.25;
    /** Past the log's last event, so its last calls can fade out; the run ends sooner once the globe is empty. */
    static final Duration END_MARGIN = Duration.ofSeconds(5);
    /** Without a span to fit, logs read from stdin are replayed this fast. */
    public static final double STDIN_SPEED = 60;

    public ReplayPlan {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number of event seconds per video second");
        }
        if (fps < 1 || fps > 240) {
            throw new IllegalArgumentException("fps must be within 1..240, was " + fps);
        }
        if (from == null) {
            throw new IllegalArgumentException("the replay needs a start time");
        }
        if (to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("--to (" + to + ") must be after --from (" + from + ")");
        }
    }

    /**
     * Plans a replay of a scanned log: from/to default to the log's span, the speed to fitting that span in
     * {@code duration} (but never slower than real time); an explicit speed wins over the duration.
     */
    public static ReplayPlan forLog(LogSummary log, Instant from, Instant to, Double speed, Duration duration,
                                    int fps) {
        Instant start = from != null ? from : log.first();
        Instant end = to != null ? to : log.last();
        if (start == null || end == null) {
            throw new IllegalArgumentException("the log holds no readable event");
        }
        if (to == null && !end.isAfter(start)) {
            // A log of one instant (or a --from at its end) still gets a second; an explicit --to is the user's.
            end = start.plusSeconds(1);
        }
        double spanSeconds = Duration.between(start, end).toMillis() / 1000.0;
        Duration target = duration != null ? duration : DEFAULT_DURATION;
        double chosenSpeed = speed != null ? speed : Math.max(1, spanSeconds / (target.toMillis() / 1000.0));
        return new ReplayPlan(start, to != null ? end : end.plus(END_MARGIN), chosenSpeed, fps);
    }

    double eventSecondsPerFrame() {
        return speed / fps;
    }

    double idleSkipEventSeconds() {
        return IDLE_SKIP_VIDEO_SECONDS * speed;
    }

    double leadInEventSeconds() {
        return LEAD_IN_VIDEO_SECONDS * speed;
    }

    /** Frames if no idle stretch were skipped; 0 when the end is open. */
    public long framesAtMost() {
        if (to == null) {
            return 0;
        }
        return (long) Math.ceil(Duration.between(from, to).toMillis() / 1000.0 / eventSecondsPerFrame()) + 1;
    }
}
