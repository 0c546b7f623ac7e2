package io.callglobe.cli;

import io.callglobe.replay.ReplayRun;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.util.function.Consumer;

/**
 * The progress line on stderr: frames done, frames per second, time left. Redrawn in place on a terminal; into
 * a file or a pipe (a cron job's log), a plain line every {@value #LOGGED_EVERY_MILLIS} ms instead.
 */
final class RenderProgress implements ReplayRun.Progress, AutoCloseable {
    private static final long LOGGED_EVERY_MILLIS = 10_000;
    private static final int LOGGED_WIDTH = 100;

    private final ProgressBar bar;

    RenderProgress(long framesAtMost, boolean enabled) {
        // Where it cannot be told, a redrawn bar: the usual case.
        this(framesAtMost, enabled, Terminals.isTerminal(Terminals.STDERR, true));
    }

    RenderProgress(long framesAtMost, boolean enabled, boolean toTerminal) {
        if (!enabled) {
            bar = null;
            return;
        }
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName("Rendering")
                .setInitialMax(framesAtMost > 0 ? framesAtMost : -1)
                .setUnit(" frames", 1)
                .showSpeed();
        if (toTerminal) {
            builder.setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(500);
        } else {
            builder.setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new DelegatingProgressBarConsumer(changedLinesTo(System.err), LOGGED_WIDTH))
                    .setUpdateIntervalMillis((int) LOGGED_EVERY_MILLIS);
        }
        bar = builder.build();
    }

    /** Closing redraws the last state, which the final update may already have printed. */
    private static Consumer<String> changedLinesTo(PrintStream out) {
        String[] last = {null};
        return line -> {
            if (!line.equals(last[0])) {
                out.println(line);
                last[0] = line;
            }
        };
    }

    @Override
    public void frameDone(ReplayRun.Outcome soFar, long framesLeftAtMost) {
        if (bar == null) {
            return;
        }
        long frames = soFar.frames();
        if (framesLeftAtMost > 0) {
            bar.maxHint(frames + framesLeftAtMost);
        }
        bar.stepTo(frames);
    }

    @Override
    public void close() {
        if (bar != null) {
            // Idle stretches skipped make fewer frames than planned: the bar ends full. With none (a failed
            // start) it keeps the plan rather than showing 0/0.
            if (bar.getCurrent() > 0) {
                bar.maxHint(bar.getCurrent());
            }
            bar.close();
        }
    }
}
