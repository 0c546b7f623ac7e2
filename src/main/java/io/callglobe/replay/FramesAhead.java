package io.callglobe.replay;

import io.callglobe.render.GlobeFrame;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Builds frames (event replay, call state, scene) on a thread of their own, a couple ahead of the sink, so
 * that the thread which draws them never waits on the log or the call state. The sink, the progress and the
 * stop check all run on the caller's thread, in frame order, exactly as a {@link ReplayRun} on one thread
 * would call them; a failure on either side ends both and is thrown from {@link #run}.
 */
public final class FramesAhead {
    /** Frames built and waiting: enough to cover a slow frame, few enough to keep memory flat. */
    static final int DEPTH = 2;
    private static final long BUILDER_EXIT_WAIT_SECONDS = 10;

    /** What builds the frames: {@link ReplayRun#run} fits. */
    @FunctionalInterface
    public interface Source {
        ReplayRun.Outcome run(FrameSink sink, BooleanSupplier stopRequested, ReplayRun.Progress progress)
                throws IOException, InterruptedException;
    }

    /** A frame with the progress figures the source gave right after it. */
    private record Built(GlobeFrame frame, long frames, long framesLeftAtMost) {
    }

    private static final Built END = new Built(null, -1, -1);

    private final BlockingQueue<Built> queue = new ArrayBlockingQueue<>(DEPTH);
    private volatile boolean stopWanted;
    private volatile boolean sinkFailed;
    private ReplayRun.Outcome outcome;
    private Throwable sourceFailure;
    /** The builder's frame between the source handing it over and reporting progress for it. */
    private GlobeFrame pending;

    private FramesAhead() {
    }

    /**
     * Runs {@code source} on a builder thread and hands each frame to {@code sink} on this one. Once
     * {@code stopRequested} says so after a frame, the source is asked to stop; the frames it has built by
     * then still reach the sink, so the outcome's frame count is what the sink received.
     */
    public static ReplayRun.Outcome run(Source source, FrameSink sink, BooleanSupplier stopRequested,
                                        ReplayRun.Progress progress) throws IOException, InterruptedException {
        return new FramesAhead().drain(source, sink, stopRequested, progress);
    }

    private ReplayRun.Outcome drain(Source source, FrameSink sink, BooleanSupplier stopRequested,
                                    ReplayRun.Progress progress) throws IOException, InterruptedException {
        Thread builder = new Thread(() -> build(source), "frame-builder");
        // A caller that dies without draining must not keep the JVM alive.
        builder.setDaemon(true);
        builder.start();
        try {
            for (Built built = queue.take(); built != END; built = queue.take()) {
                sink.accept(built.frame());
                progress.frameDone(built.frames(), built.framesLeftAtMost());
                stopWanted = stopWanted || stopRequested.getAsBoolean();
            }
        } catch (Throwable e) {
            sinkFailed = true;
            builder.interrupt();
            builder.join(TimeUnit.SECONDS.toMillis(BUILDER_EXIT_WAIT_SECONDS));
            throw e;
        }
        builder.join();
        if (sourceFailure != null) {
            throw rethrown(sourceFailure);
        }
        return outcome;
    }

    private void build(Source source) {
        try {
            // ReplayRun reports progress right after each frame: the frame goes out with its figures.
            outcome = source.run(frame -> pending = frame, () -> stopWanted,
                    (frames, left) -> put(new Built(pending, frames, left)));
        } catch (Throwable e) {
            sourceFailure = e;
        }
        if (!sinkFailed) {
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                // The sink failed after the check above: nobody is left to take the end.
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Built built) {
        try {
            queue.put(built);
        } catch (InterruptedException e) {
            // Only the draining side interrupts, once it has failed: nobody is left to take frames.
            Thread.currentThread().interrupt();
            throw new IllegalStateException("frame sink failed", e);
        }
    }

    private static RuntimeException rethrown(Throwable failure) throws IOException, InterruptedException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof InterruptedException interrupted) {
            throw interrupted;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(failure);
    }
}
