package io.callglobe.bench;

import io.callglobe.calls.CallTracker;
import io.callglobe.events.CallEvent;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;

import java.io.IOException;
import java.time.Instant;

/** Log ingest without drawing: reading and parsing lines, and the call state they drive. */
final class IngestStage {
    static final Target EVENTS_PER_SECOND = Target.atLeast(500_000);
    private static final int LOAD = 10_000;
    /** The fastest pass is the least disturbed by whatever else the machine runs. */
    private static final int TIMED_PASSES = 2;

    private IngestStage() {
    }

    static void run(BenchConfig config, BenchInputs inputs, BenchReport report) throws IOException {
        Progress.say("ingest: writing a log of %,d calls", config.ingestCalls());
        BenchInputs.Log log = inputs.ofCalls("ingest", config.ingestCalls(), LOAD);
        Progress.say("ingest: %,d events, one pass to warm up and %d timed", log.events(), TIMED_PASSES);
        replay(log);
        double best = 0;
        for (int pass = 0; pass < TIMED_PASSES; pass++) {
            long started = System.nanoTime();
            long events = replay(log);
            best = Math.max(best, events / ((System.nanoTime() - started) / 1e9));
        }
        report.add(BenchRow.of("ingest", String.format("parse + call state, %,d events", log.events()), "-",
                best, "events/s").against(EVENTS_PER_SECOND).noting("best of " + TIMED_PASSES + " passes"));
    }

    /** Every event applied, and the state moved on once a second of event time, as a replay at 1 s a frame. */
    private static long replay(BenchInputs.Log log) throws IOException {
        EventProblems problems = EventProblems.unlogged();
        CallTracker tracker = new CallTracker(problems);
        long events = 0;
        Instant nextTick = Instant.MIN;
        try (EventLogReader reader = EventLogReader.open(log.path().toString(), new EventParser(), problems)) {
            while (reader.hasNext()) {
                CallEvent event = reader.next();
                tracker.apply(event);
                if (!event.timestamp().isBefore(nextTick)) {
                    tracker.advanceTo(event.timestamp());
                    nextTick = event.timestamp().plusSeconds(1);
                }
                events++;
            }
        }
        if (tracker.stats().answered() == 0) {
            throw new IllegalStateException("the ingest log drove no call: " + problems.summary());
        }
        return events;
    }
}
