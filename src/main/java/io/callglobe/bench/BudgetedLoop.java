package io.callglobe.bench;

import java.time.Duration;

/** Counts the frames of one timed case: up to a number, or fewer once a time budget is spent. */
final class BudgetedLoop {
    private static final int MIN_FRAMES = 2;
    private final int maxFrames;
    private final long budgetNanos;
    private long started;
    private int done = -1;

    BudgetedLoop(int maxFrames, Duration budget) {
        this.maxFrames = maxFrames;
        this.budgetNanos = budget.toNanos();
    }

    /** True while another frame should be timed; counts the one before. */
    boolean another() {
        if (done < 0) {
            started = System.nanoTime();
        }
        done++;
        return done < maxFrames && (done < MIN_FRAMES || System.nanoTime() - started < budgetNanos);
    }

    /** Frames finished so far; the index of the frame in progress. */
    int done() {
        return done;
    }

    String describe() {
        return done < maxFrames ? done + " frames (time budget)" : done + " frames";
    }
}
