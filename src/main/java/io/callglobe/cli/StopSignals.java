package io.callglobe.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns SIGTERM and Ctrl-C into a request to stop, which a long-running command (render, simulate, record) checks
 * or waits on, then settles its work (a video is finalised, confirms and acks settled, files closed) and exits
 * with its own status. The JVM does not start shutting down on the signal, so nothing races the clean-up.
 * A second signal exits at once. Closing puts the previous handlers back.
 */
final class StopSignals implements AutoCloseable {
    private static final String[] SIGNALS = {"TERM", "INT"};

    private final CountDownLatch requested = new CountDownLatch(1);
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private StopSignals() {
    }

    static StopSignals install() {
        StopSignals stop = new StopSignals();
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            stop.previous.put(signal, Signal.handle(signal, stop::onSignal));
        }
        return stop;
    }

    boolean requested() {
        return requested.getCount() == 0;
    }

    /** Waits up to {@code timeout}; true as soon as a stop is requested. */
    boolean await(Duration timeout) throws InterruptedException {
        return requested.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }

    private void onSignal(Signal signal) {
        if (requested()) {
            System.exit(128 + signal.getNumber());
        }
        requested.countDown();
    }
}
