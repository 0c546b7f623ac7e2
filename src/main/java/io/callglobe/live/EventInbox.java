package io.callglobe.live;

import io.callglobe.events.CallEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Hands events from the source's threads to the render thread, which owns the call tracker and empties the
 * inbox before every frame. Bounded: a source that outruns the renderer for long waits (a broker then holds its
 * messages) rather than filling the heap.
 */
final class EventInbox implements Consumer<CallEvent> {
    static final int CAPACITY = 50_000;

    private final BlockingQueue<CallEvent> queue;
    private final LongAdder received = new LongAdder();
    /** Render thread only. */
    private final List<CallEvent> batch = new ArrayList<>();

    EventInbox() {
        this(CAPACITY);
    }

    EventInbox(int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Called by the source; waits while the inbox is full, and gives up only when its thread is interrupted. */
    @Override
    public void accept(CallEvent event) {
        try {
            queue.put(event);
            received.increment();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }

    /** Applies every event waiting, in arrival order; returns how many. */
    int drainTo(Consumer<CallEvent> apply) {
        queue.drainTo(batch);
        int count = batch.size();
        batch.forEach(apply);
        batch.clear();
        return count;
    }

    long received() {
        return received.sum();
    }
}
