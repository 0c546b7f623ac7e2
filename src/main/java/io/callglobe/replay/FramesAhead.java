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
    /** How often the drawing side, waiting for a frame, looks whether a stop was asked for. */
    private static final long STOP_POLL_MILLIS = 100;
    /**
     * How long a stop waits for the builder to wind up before leaving it behind: a builder reading an idle stdin is
     * blocked until the next event comes, which may be never.
     */
    private static final long STOP_GRACE_MILLIS = 1_000;

    /** What builds the frames: {@link ReplayRun#run} fits. */
    @FunctionalInterface
    public interface Source {
        ReplayRun.Outcome run(FrameSink sink, BooleanSupplier stopRequested, ReplayRun.Progress progress)
                throws IOException, InterruptedException;
    }

    /** A frame with the progress figures the source gave right after it. */
    private record Built(GlobeFrame frame, ReplayRun.Outcome soFar, long framesLeftAtMost) {
    }

    private static final Built END = new Built(null, null, -1);

    private final BlockingQueue<Built> queue = new ArrayBlockingQueue<>(DEPTH);
    private volatile boolean stopWanted;
    /** The drawing side failed or left a stopped builder behind: nobody takes frames any more. */
    private volatile boolean drainEnded;
    private ReplayRun.Outcome outcome;
    private Throwable sourceFailure;
    /** The builder's frame between the source handing it over and reporting progress for it. */
    private GlobeFrame pending;

    private FramesAhead() {
    }

    /**
     * Runs {@code source} on a builder thread and hands each frame to {@code sink} on this one. Once
     * {@code stopRequested} says so after a frame, the source is asked to stop; the frames it has built by
     * then still reach the sink, so the outcome's frame count is what the sink received. A stop asked for while
     * the source is stuck (on an idle stdin) ends this after a short grace, leaving the builder thread behind.
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
        ReplayRun.Outcome delivered = new ReplayRun.Outcome(0, 0, 0, false);
        try {
            for (Built built = next(stopRequested); built != END; built = next(stopRequested)) {
                if (built == null) {
                    drainEnded = true;
                    builder.interrupt();
                    return delivered.asInterrupted();
                }
                sink.accept(built.frame());
                delivered = built.soFar();
                progress.frameDone(built.soFar(), built.framesLeftAtMost());
                stopWanted = stopWanted || stopRequested.getAsBoolean();
            }
        } catch (Throwable e) {
            drainEnded = true;
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

    /**
     * The next frame the builder hands over, or END; null once a stop was asked for and the builder has neither
     * handed over a frame nor ended within the grace.
     */
    private Built next(BooleanSupplier stopRequested) throws InterruptedException {
        boolean stopSeen = false;
        long giveUpAt = 0;
        while (true) {
            Built built = queue.poll(STOP_POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (built != null) {
                return built;
            }
            stopWanted = stopWanted || stopRequested.getAsBoolean();
            if (stopWanted && !stopSeen) {
                stopSeen = true;
                giveUpAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_GRACE_MILLIS);
            } else if (stopSeen && System.nanoTime() - giveUpAt > 0) {
                return null;
            }
        }
    }

    private void build(Source source) {
        try {
            // ReplayRun reports progress right after each frame: the frame goes out with its figures.
            outcome = source.run(frame -> pending = frame, () -> stopWanted,
                    (soFar, left) -> put(new Built(pending, soFar, left)));
        } catch (Throwable e) {
            sourceFailure = e;
        }
        if (!drainEnded) {
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                // The drawing side ended after the check above: nobody is left to take the end.
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Built built) {
        try {
            queue.put(built);
        } catch (InterruptedException e) {
            // Only the drawing side interrupts, once it has ended: nobody is left to take frames.
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
