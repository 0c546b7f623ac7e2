package io.callglobe.live;

import io.callglobe.events.CallEvent;

import java.util.function.Consumer;

/**
 * Where the live display's call events come from: the built-in simulator, or a message broker. A source
 * delivers on threads of its own; the live service hands each event over to its render thread.
 */
public interface LiveEventSource extends AutoCloseable {

    /**
     * Starts delivering events and returns at once. {@code sink} may block while the service catches up, and
     * throws nothing; a source that reads a wire format records what it cannot parse in the service's
     * {@link io.callglobe.events.EventProblems}.
     */
    void start(Consumer<CallEvent> sink);

    /** False while events cannot arrive, e.g. the broker connection is down; the display then says so. */
    boolean connected();

    /** A short name for logs and /healthz, free of credentials. */
    String description();

    /** Stops delivering: once it returns, {@code sink} is not called again. */
    @Override
    void close();
}
