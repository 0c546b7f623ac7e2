package io.callglobe.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.render.GlobeFrame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class FramesAheadTest {

    private final List<GlobeFrame> received = new ArrayList<>();
    private final List<Long> progress = new ArrayList<>();
    private final List<Thread> sinkThreads = new ArrayList<>();

    @Test
    void framesReachTheSinkInOrderOnTheCallersThreadBuiltOnAnother() throws Exception {
        AtomicReference<Thread> builder = new AtomicReference<>();
        ReplayRun.Outcome outcome = FramesAhead.run((sink, stop, progressOut) -> {
            builder.set(Thread.currentThread());
            return frames(50, sink, stop, progressOut);
        }, this::receive, () -> false, (soFar, left) -> progress.add(soFar.frames() * 1000 + left));

        assertEquals(new ReplayRun.Outcome(50, 0, 0, false), outcome);
        assertEquals(50, received.size());
        for (int i = 0; i < 50; i++) {
            assertEquals(i, received.get(i).videoSeconds(), "frame " + i);
            assertEquals((i + 1) * 1000L + (49 - i), progress.get(i), "progress after frame " + i);
        }
        assertTrue(sinkThreads.stream().allMatch(thread -> thread == Thread.currentThread()));
        assertNotSame(Thread.currentThread(), builder.get(), "frames are built on their own thread");
    }

    @Test
    void aStopAfterAFrameEndsTheBuildingAndEveryBuiltFrameIsStillDelivered() throws Exception {
        ReplayRun.Outcome outcome = FramesAhead.run((sink, stop, progressOut) -> frames(1_000, sink, stop, progressOut),
                this::receive, () -> received.size() >= 5, (soFar, left) -> { });

        assertTrue(outcome.interrupted());
        assertEquals(outcome.frames(), received.size(), "the outcome counts what the sink received");
        assertTrue(received.size() >= 5 && received.size() <= 5 + FramesAhead.DEPTH + 1,
                "stopped a few frames after asked, got " + received.size());
    }

    @Test
    void aStopEndsTheRunWhileTheBuilderIsStuckWaitingForInput() throws Exception {
        CountDownLatch input = new CountDownLatch(1);
        AtomicBoolean stop = new AtomicBoolean();
        try {
            long started = System.nanoTime();
            ReplayRun.Outcome outcome = FramesAhead.run((sink, stopOut, progressOut) -> {
                for (int i = 0; i < 3; i++) {
                    sink.accept(new GlobeFrame(i, List.of(), null));
                    progressOut.frameDone(new ReplayRun.Outcome(i + 1, 2, 90, false), 0);
                }
                // An idle stdin: nothing comes, and a blocked read does not look at the stop.
                stop.set(true);
                input.await();
                return frames(0, sink, stopOut, progressOut);
            }, this::receive, stop::get, (soFar, left) -> { });
            double seconds = (System.nanoTime() - started) / 1e9;

            assertEquals(new ReplayRun.Outcome(3, 2, 90, true), outcome,
                    "the frames delivered and the idle stretches skipped before the stop");
            assertEquals(3, received.size());
            assertTrue(seconds < 5, "ended " + seconds + " s after the stop, without waiting for input");
        } finally {
            input.countDown();
        }
    }

    @Test
    void aFailingSinkStopsTheBuilderAndItsExceptionIsThrown() throws Exception {
        CountDownLatch builderDone = new CountDownLatch(1);
        IOException broken = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> FramesAhead.run((sink, stop, progressOut) -> {
            try {
                return frames(1_000_000, sink, stop, progressOut);
            } finally {
                builderDone.countDown();
            }
        }, frame -> {
            if (frame.videoSeconds() == 3) {
                throw broken;
            }
        }, () -> false, (soFar, left) -> { }));

        assertSame(broken, thrown);
        assertTrue(builderDone.await(5, TimeUnit.SECONDS), "the builder stopped instead of building every frame");
    }

    @Test
    void aFailureWhileBuildingIsThrownAfterTheFramesBuiltBeforeIt() {
        IllegalArgumentException broken = new IllegalArgumentException("unreadable log");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> FramesAhead.run((sink, stop, progressOut) -> {
                    frames(7, sink, stop, progressOut);
                    throw broken;
                }, this::receive, () -> false, (soFar, left) -> { }));

        assertSame(broken, thrown);
        assertEquals(7, received.size());
    }

    private void receive(GlobeFrame frame) {
        received.add(frame);
        sinkThreads.add(Thread.currentThread());
    }

    /** Frame i has video time i; progress follows each frame, as ReplayRun reports it. */
    private static ReplayRun.Outcome frames(int count, FrameSink sink, BooleanSupplier stop,
                                            ReplayRun.Progress progress) throws IOException, InterruptedException {
        for (int i = 0; i < count; i++) {
            if (stop.getAsBoolean()) {
                return new ReplayRun.Outcome(i, 0, 0, true);
            }
            sink.accept(new GlobeFrame(i, List.of(), null));
            progress.frameDone(new ReplayRun.Outcome(i + 1, 0, 0, false), count - 1 - i);
        }
        return new ReplayRun.Outcome(count, 0, 0, false);
    }
}
