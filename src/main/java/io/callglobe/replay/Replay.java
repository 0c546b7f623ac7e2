package io.callglobe.replay;

import io.callglobe.calls.CallTracker;
import io.callglobe.events.CallEvent;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventProblems;
import io.callglobe.events.ProblemKind;
import io.callglobe.scene.CallPlaces;
import io.callglobe.scene.SceneBuilder;
import io.callglobe.render.GlobeFrame;

import java.time.Duration;
import java.time.Instant;

/** Feeds a log's events into the call state as event time moves forward, and builds the frame for any instant. */
public final class Replay {
    /**
     * How far an event may be stamped before one above it in the log and still count as in order: a bus
     * delivers events from several services a little out of order, but logs concatenated in the wrong order
     * put hours or days back, and their calls are then drawn all at once when the replay reaches them.
     */
    static final Duration LATE_IN_LOG = Duration.ofMinutes(1);

    private final EventLogReader reader;
    private final EventProblems problems;
    private final CallTracker tracker;
    private final CallPlaces places;
    private final SceneBuilder scene;
    private long eventsApplied;
    private Instant lastEventTime;
    private Instant newestEventTime = Instant.MIN;

    public Replay(EventLogReader reader, EventProblems problems, CallTracker tracker, CallPlaces places,
                  SceneBuilder scene) {
        this.reader = reader;
        this.problems = problems;
        this.tracker = tracker;
        this.places = places;
        this.scene = scene;
    }

    /** Applies every event stamped at or before {@code time}, then lets calls fade and expire up to it. */
    public void advanceTo(Instant time) {
        while (reader.hasNext() && !reader.peek().timestamp().isAfter(time)) {
            CallEvent event = reader.next();
            noteIfLate(event);
            tracker.apply(event);
            // Only calls on the globe are placed: an orphan or redelivered event would count a bad number again.
            if (tracker.onGlobe(event.callId())) {
                places.register(event);
            }
            eventsApplied++;
            lastEventTime = event.timestamp();
        }
        tracker.advanceTo(time);
    }

    private void noteIfLate(CallEvent event) {
        Instant at = event.timestamp();
        if (at.isAfter(newestEventTime)) {
            newestEventTime = at;
        } else if (at.isBefore(newestEventTime.minus(LATE_IN_LOG))) {
            long minutes = Duration.between(at, newestEventTime).toMinutes();
            problems.record(ProblemKind.LATE_IN_LOG, event.lineNumber(), "stamped " + (minutes < 120
                    ? minutes + " min" : minutes / 60 + " h") + " before an event above it; logs put together "
                    + "must go oldest first");
        }
    }

    public GlobeFrame frame(Instant time, double videoSeconds, double speed) {
        return scene.build(tracker, time, videoSeconds, speed);
    }

    /** The next event's time, or null when the log is exhausted. */
    public Instant nextEventTime() {
        return reader.hasNext() ? reader.peek().timestamp() : null;
    }

    /** True when nothing is on the globe: no call ringing, talking or fading. */
    public boolean idle() {
        return tracker.activeCalls().isEmpty();
    }

    public long eventsApplied() {
        return eventsApplied;
    }

    /** The time of the last event applied, or null before the first. */
    public Instant lastEventTime() {
        return lastEventTime;
    }

    public CallTracker tracker() {
        return tracker;
    }
}
