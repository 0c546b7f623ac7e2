package io.callglobe.bench;

import io.callglobe.sim.CallScript;
import io.callglobe.sim.TrafficModel;
import io.callglobe.sim.TrafficParameters;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.UUID;

/**
 * Steady simulated traffic, any number of calls, reproducible from a seed. {@link TrafficModel} draws valid
 * numbers for every country at a few thousand calls a second here, far too slow for a million-call log, so a
 * pool of its calls is drawn once and then replayed: each arrival (a Poisson process at the requested rate)
 * takes the next pooled call's numbers, direction, ringing and talk times under a fresh call id.
 */
final class BenchTraffic implements Iterator<CallScript> {
    static final Instant START = Instant.parse("2026-11-20T15:00:00Z");
    /** Mean call life in the pool: ~22 s ringing plus a log-normal talk of 3 min median for 80 % (see TrafficModel). */
    static final double MEAN_CALL_SECONDS = 223;

    private final List<CallScript> pool;
    private final Random arrivals;
    private final double meanGapNanos;
    private final Instant end;
    private final long maxCalls;
    private final long seed;
    private Instant clock = START;
    private Instant pendingArrival;
    private long issued;

    /**
     * @param pool            calls drawn by {@link #drawPool}, replayed in turn
     * @param callsPerHour    steady arrival rate
     * @param end             no call starts at or after this
     * @param maxCalls        nor after this many calls
     */
    BenchTraffic(List<CallScript> pool, long seed, double callsPerHour, Instant end, long maxCalls) {
        this.seed = seed;
        this.pool = pool;
        this.arrivals = new Random(seed);
        this.meanGapNanos = 3_600e9 / callsPerHour;
        this.end = end;
        this.maxCalls = maxCalls;
    }

    /** The arrival rate that keeps about {@code concurrentCalls} calls ringing or talking at once. */
    static double callsPerHourFor(int concurrentCalls) {
        return concurrentCalls * 3_600 / MEAN_CALL_SECONDS;
    }

    @Override
    public boolean hasNext() {
        return issued < maxCalls && nextArrival().isBefore(end);
    }

    @Override
    public CallScript next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CallScript template = pool.get((int) (issued % pool.size()));
        Instant start = pendingArrival;
        pendingArrival = null;
        issued++;
        return shifted(template, start);
    }

    private Instant nextArrival() {
        if (pendingArrival == null) {
            clock = clock.plusNanos((long) (-Math.log(1 - arrivals.nextDouble()) * meanGapNanos));
            pendingArrival = Instant.ofEpochSecond(clock.getEpochSecond());
        }
        return pendingArrival;
    }

    private CallScript shifted(CallScript call, Instant start) {
        Duration shift = Duration.between(call.initiatedAt(), start);
        return new CallScript(new UUID(seed, issued).toString(), call.accountId(), call.direction(),
                call.talkdeskNumber(), call.customerNumber(), call.forwardedNumber(), call.contactId(), call.agentId(),
                call.previousAgentId(), start, call.answeredAt() == null ? null : call.answeredAt().plus(shift),
                call.ending(), call.endedAt().plus(shift));
    }

    static List<CallScript> drawPool(long seed, int size) {
        TrafficParameters parameters = TrafficParameters.between(START, Instant.MAX).withSteadyRate(3_600);
        TrafficModel model = new TrafficModel(parameters, seed);
        List<CallScript> calls = new ArrayList<>(size);
        while (calls.size() < size) {
            calls.add(model.next());
        }
        return calls;
    }
}
