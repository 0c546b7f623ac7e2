package io.callglobe.bench;

import io.callglobe.sim.CallScript;
import io.callglobe.sim.EventTimeline;
import io.callglobe.sim.TalkdeskEventWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** The logs the benchmark replays, written into its scratch folder from a fixed seed. */
final class BenchInputs {
    /** A log of {@code calls} calls in steady traffic. */
    record Log(Path path, long calls, long events) {
    }

    private final Path dir;
    private final long seed;
    private final int poolSize;
    private List<CallScript> pool;
    private final Map<String, Log> written = new HashMap<>();

    BenchInputs(Path dir, long seed, int poolSize) {
        this.dir = dir;
        this.seed = seed;
        this.poolSize = poolSize;
    }

    /** Calls starting during {@code span} at the rate that keeps about {@code concurrentCalls} going at once. */
    Log steady(String name, int concurrentCalls, Duration span) throws IOException {
        return write(name, concurrentCalls, BenchTraffic.START.plus(span), Long.MAX_VALUE);
    }

    /** Exactly {@code calls} calls, at the rate that keeps about {@code concurrentCalls} going at once. */
    Log ofCalls(String name, long calls, int concurrentCalls) throws IOException {
        return write(name, concurrentCalls, Instant.MAX, calls);
    }

    private Log write(String name, int concurrentCalls, Instant end, long maxCalls) throws IOException {
        Log log = written.get(name);
        if (log == null) {
            log = writeNew(name, concurrentCalls, end, maxCalls);
            written.put(name, log);
        }
        return log;
    }

    private Log writeNew(String name, int concurrentCalls, Instant end, long maxCalls) throws IOException {
        Path path = dir.resolve(name + ".jsonl");
        CountingCalls calls = new CountingCalls(
                new BenchTraffic(pool(), seed, BenchTraffic.callsPerHourFor(concurrentCalls), end, maxCalls));
        long events = 0;
        try (TalkdeskEventWriter writer = TalkdeskEventWriter.open(path)) {
            EventTimeline timeline = new EventTimeline(calls);
            while (timeline.hasNext()) {
                writer.write(timeline.next());
                events++;
            }
        }
        return new Log(path, calls.count, events);
    }

    private List<CallScript> pool() {
        if (pool == null) {
            pool = BenchTraffic.drawPool(seed, poolSize);
        }
        return pool;
    }

    private static final class CountingCalls implements Iterator<CallScript> {
        private final Iterator<CallScript> calls;
        long count;

        CountingCalls(Iterator<CallScript> calls) {
            this.calls = calls;
        }

        @Override
        public boolean hasNext() {
            return calls.hasNext();
        }

        @Override
        public CallScript next() {
            count++;
            return calls.next();
        }
    }
}
