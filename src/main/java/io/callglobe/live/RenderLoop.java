package io.callglobe.live;

import io.callglobe.calls.CallStats;
import io.callglobe.calls.CallTracker;
import io.callglobe.events.CallEvent;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.render.GlobeFrame;
import io.callglobe.render.GlobeRenderer;
import io.callglobe.replay.Replay;
import io.callglobe.scene.CallPlaces;
import io.callglobe.scene.SceneBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The render thread: it alone owns the GL context and the call tracker. Before each frame it applies every
 * event waiting in the inbox and moves event time to the wall clock; then it draws and publishes the frame.
 * Frames are due on a fixed real-time grid; when drawing falls behind, the missed ones are dropped and counted.
 */
final class RenderLoop {
    static final String DISCONNECTED = "disconnected from the event source";
    private static final Logger LOG = LoggerFactory.getLogger(RenderLoop.class);

    private final LiveSettings settings;
    private final EventInbox inbox;
    private final LiveEventSource source;
    private final LatestFrame frames;
    private final Clock clock;
    private final EventProblems problems;
    private final CallTracker tracker;
    private final CallPlaces places;
    private final SceneBuilder scene;
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final CountDownLatch ready = new CountDownLatch(1);
    private final Thread thread;
    private volatile CallStats calls;
    private volatile boolean stopping;
    private volatile Throwable failure;

    RenderLoop(LiveSettings settings, EventInbox inbox, LiveEventSource source, LatestFrame frames, Clock clock,
               PhoneLocator locator, EventProblems problems) {
        this.settings = settings;
        this.inbox = inbox;
        this.source = source;
        this.frames = frames;
        this.clock = clock;
        this.problems = problems;
        tracker = new CallTracker(problems, settings.fade(), settings.ttl());
        places = new CallPlaces(locator, problems);
        scene = new SceneBuilder(places, settings.hud());
        calls = tracker.stats();
        thread = new Thread(this::run, "callglobe-render");
    }

    /**
     * Starts the thread and waits until the bootstrap logs are applied and the first frame is out, so every
     * output has a frame from the start.
     */
    void start() throws InterruptedException {
        thread.start();
        ready.await();
        if (failure != null) {
            throw new IllegalStateException("the live renderer failed to start: " + failure.getMessage(), failure);
        }
    }

    private void run() {
        try (GlobeRenderer renderer = new GlobeRenderer(settings.render())) {
            bootstrap();
            loop(renderer);
        } catch (Throwable e) {
            failure = e;
            LOG.error("Live rendering stopped", e);
        } finally {
            frames.close();
            ready.countDown();
        }
    }

    private void bootstrap() throws IOException {
        for (Path log : settings.bootstrapLogs()) {
            Instant now = clock.instant();
            try (EventLogReader reader = EventLogReader.open(log.toString(), new EventParser(), problems)) {
                Replay replay = new Replay(reader, problems, tracker, places, scene);
                replay.advanceTo(now);
                CallStats stats = tracker.stats();
                LOG.info("Bootstrapped {} events up to {} from {}: {} ringing, {} in call", replay.eventsApplied(),
                        now, log, stats.ringing(), stats.inCall());
            }
        }
    }

    private void loop(GlobeRenderer renderer) {
        FrameClock grid = new FrameClock(settings.fps(), System.nanoTime());
        long slot = 0;
        while (waitUntil(grid.dueAt(slot))) {
            renderFrame(renderer, slot);
            ready.countDown(); // from the first frame on, start() has returned
            long next = grid.nextSlot(slot, System.nanoTime());
            dropped.addAndGet(next - slot - 1);
            slot = next;
        }
    }

    private void renderFrame(GlobeRenderer renderer, long slot) {
        inbox.drainTo(this::apply);
        Instant now = clock.instant();
        tracker.advanceTo(now);
        GlobeFrame frame = scene.build(tracker, now, (double) slot / settings.fps(), 1);
        if (!source.connected()) {
            frame = new GlobeFrame(frame.videoSeconds(), frame.arcs(), frame.hud().withAlert(DISCONNECTED));
        }
        renderer.render(frame, frames.drawingBuffer());
        frames.publish(slot);
        calls = tracker.stats();
        rendered.incrementAndGet();
    }

    private void apply(CallEvent event) {
        places.register(event);
        tracker.apply(event);
    }

    /** Parks until the deadline; false once asked to stop. */
    private boolean waitUntil(long deadlineNanos) {
        long left;
        while (!stopping && (left = deadlineNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(this, left);
        }
        return !stopping;
    }

    /** Asks the thread to stop after the frame in progress, and waits for it to close the renderer. */
    void stop() throws InterruptedException {
        stopping = true;
        LockSupport.unpark(thread);
        thread.join();
    }

    boolean running() {
        return thread.isAlive() && failure == null;
    }

    Throwable failure() {
        return failure;
    }

    long framesRendered() {
        return rendered.get();
    }

    long framesDropped() {
        return dropped.get();
    }

    /** The call counts as of the newest frame. */
    CallStats calls() {
        return calls;
    }
}
