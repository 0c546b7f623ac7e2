package io.callglobe.live;

import io.callglobe.bus.AmqpSettings;
import io.callglobe.bus.BusException;
import io.callglobe.bus.EventRecorder;
import io.callglobe.bus.EventSubscriber;
import io.callglobe.events.CallEvent;
import io.callglobe.events.EventProblems;

import java.util.function.Consumer;

/**
 * Call events from RabbitMQ. Each message is acknowledged only after its event reached the display (and the
 * recording, when there is one), so a crash loses nothing a durable queue holds; messages that are not events
 * are counted and rejected by the subscriber.
 */
public final class AmqpEventSource implements LiveEventSource {
    private final AmqpSettings settings;
    private final EventProblems problems;
    private final EventRecorder recorder;
    private volatile EventSubscriber subscriber;

    /** @param recorder where raw events are appended as they arrive, or null */
    public AmqpEventSource(AmqpSettings settings, EventProblems problems, EventRecorder recorder) {
        this.settings = settings;
        this.problems = problems;
        this.recorder = recorder;
    }

    @Override
    public synchronized void start(Consumer<CallEvent> sink) {
        if (subscriber != null) {
            throw new IllegalStateException("the AMQP source is already started");
        }
        subscriber = EventSubscriber.start(settings, problems, received -> {
            if (recorder != null) {
                recorder.handle(received);
            }
            if (received.event() != null) {
                sink.accept(received.event());
            }
        });
    }

    @Override
    public boolean connected() {
        EventSubscriber current = subscriber;
        return current != null && current.isConnected();
    }

    /** Why the source gave up for good (bad credentials, a missing exchange under --no-declare), or null. */
    public BusException failure() {
        EventSubscriber current = subscriber;
        return current == null ? null : current.failure();
    }

    @Override
    public String description() {
        return "amqp " + settings.safeUri();
    }

    @Override
    public void close() {
        EventSubscriber current = subscriber;
        if (current == null) {
            return;
        }
        try {
            current.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
