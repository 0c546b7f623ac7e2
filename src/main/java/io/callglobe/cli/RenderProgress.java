package io.callglobe.cli;

import io.callglobe.replay.ReplayRun;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** The progress line on stderr: frames done, frames per second, time left. */
final class RenderProgress implements ReplayRun.Progress, AutoCloseable {
    private final ProgressBar bar;

    RenderProgress(long framesAtMost, boolean enabled) {
        bar = enabled ? new ProgressBarBuilder()
                .setTaskName("Rendering")
                .setInitialMax(framesAtMost > 0 ? framesAtMost : -1)
                .setUnit(" frames", 1)
                .showSpeed()
                .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .setUpdateIntervalMillis(500)
                .build() : null;
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
            bar.maxHint(bar.getCurrent());
            bar.close();
        }
    }
}
