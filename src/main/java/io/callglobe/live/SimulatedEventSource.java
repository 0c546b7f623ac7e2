package io.callglobe.live;

import io.callglobe.events.CallEvent;
import io.callglobe.events.EventType;
import io.callglobe.sim.CallScript;
import io.callglobe.sim.EventTimeline;
import io.callglobe.sim.ScriptedEvent;
import io.callglobe.sim.TrafficModel;
import io.callglobe.sim.TrafficParameters;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Simulated contact-centre traffic delivered in real time: each event of the seeded {@link TrafficModel} is handed
 * over when the wall clock reaches its timestamp, so event time and wall time agree. The model starts a warm-up
 * before now and its past events are delivered at once, so the display opens on the calls in progress rather
 * than an empty globe that fills with ringing calls.
 */
public final class SimulatedEventSource implements LiveEventSource {
    /** Long enough to never run out: the model needs an end, the simulator runs until it is closed. */
    private static final Duration HORIZON = Duration.ofDays(3650);
    /** Longer than nearly every simulated call, so the calls in progress at the start are as at any other time. */
    public static final Duration DEFAULT_WARM_UP = Duration.ofMinutes(30);

    private final double peakCallsPerHour;
    private final long seed;
    private final Duration warmUp;
    private final Clock clock;
    private Thread thread;
    private volatile boolean running;

    /**
     * @param peakCallsPerHour as {@link TrafficParameters#peakCallsPerHour()}; the other knobs keep their defaults
     * @param warmUp           how long before now the simulated traffic starts; zero for an empty globe
     */
    public SimulatedEventSource(double peakCallsPerHour, long seed, Duration warmUp, Clock clock) {
        if (!(peakCallsPerHour > 0)) {
            throw new IllegalArgumentException("the simulated call rate must be positive, was " + peakCallsPerHour);
        }
        if (warmUp.isNegative()) {
            throw new IllegalArgumentException("the warm-up cannot be negative");
        }
        this.peakCallsPerHour = peakCallsPerHour;
        this.seed = seed;
        this.warmUp = warmUp;
        this.clock = clock;
    }

    @Override
    public synchronized void start(Consumer<CallEvent> sink) {
        if (thread != null) {
            throw new IllegalStateException("the simulator is already started");
        }
        Instant now = clock.instant();
        TrafficParameters defaults = TrafficParameters.between(now.minus(warmUp), now.plus(HORIZON));
        TrafficParameters parameters = new TrafficParameters(defaults.start(), defaults.end(), peakCallsPerHour,
                defaults.dailyCurve(), defaults.answerRate(), defaults.outboundShare(), defaults.forwardedShare(), defaults.mobileShare(),
                defaults.medianTalkTime());
        EventTimeline timeline = new EventTimeline(new TrafficModel(parameters, seed));
        running = true;
        thread = new Thread(() -> deliver(timeline, sink), "callglobe-simulator");
        thread.setDaemon(true);
        thread.start();
    }

    private void deliver(EventTimeline timeline, Consumer<CallEvent> sink) {
        try {
            while (running && timeline.hasNext()) {
                ScriptedEvent next = timeline.next();
                sleepUntil(next.at());
                sink.accept(toCallEvent(next));
            }
        } catch (InterruptedException closed) {
            Thread.currentThread().interrupt();
        }
    }

    private void sleepUntil(Instant due) throws InterruptedException {
        long millis;
        while ((millis = Duration.between(clock.instant(), due).toMillis()) > 0) {
            Thread.sleep(millis);
        }
        if (!running || Thread.currentThread().isInterrupted()) {
            throw new InterruptedException();
        }
    }

    /** The event as the bus would deliver it; talk time is only sent with call_finished. */
    private static CallEvent toCallEvent(ScriptedEvent event) {
        CallScript call = event.call();
        Integer duration = event.type() == EventType.CALL_FINISHED ? call.talkSeconds() : null;
        return new CallEvent(event.type(), call.callId(), call.direction(), call.talkdeskNumber(),
                call.customerNumber(), call.forwardedNumber(), event.at(), duration, call.accountId(), 0);
    }

    @Override
    public boolean connected() {
        return running;
    }

    @Override
    public String description() {
        return "simulator (seed " + seed + ", " + Math.round(peakCallsPerHour) + " calls/h at peak)";
    }

    @Override
    public synchronized void close() {
        running = false;
        if (thread == null) {
            return;
        }
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
