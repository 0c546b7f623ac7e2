package io.callglobe.sim;

import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The events of a stream of calls, merged into timestamp order without holding more than the calls in progress:
 * a call's events are queued when it starts, and an event is released once no call yet to start can precede it.
 * Events at the same second keep the order in which their calls started.
 */
public final class EventTimeline implements Iterator<ScriptedEvent> {

    private record Queued(ScriptedEvent event, long sequence) {
    }

    private final Iterator<CallScript> calls;
    private final PriorityQueue<Queued> pending = new PriorityQueue<>(
            Comparator.comparing((Queued queued) -> queued.event().at()).thenComparingLong(Queued::sequence));
    private CallScript nextCall;
    private long sequence;

    /** @param calls in order of {@link CallScript#initiatedAt()} */
    public EventTimeline(Iterator<CallScript> calls) {
        this.calls = calls;
    }

    @Override
    public boolean hasNext() {
        while (true) {
            if (nextCall == null && calls.hasNext()) {
                nextCall = calls.next();
            }
            boolean callStartsFirst = nextCall != null
                    && (pending.isEmpty() || !nextCall.initiatedAt().isAfter(pending.peek().event().at()));
            if (!callStartsFirst) {
                return !pending.isEmpty();
            }
            nextCall.events().forEach(event -> pending.add(new Queued(event, sequence++)));
            nextCall = null;
        }
    }

    @Override
    public ScriptedEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll().event();
    }
}
