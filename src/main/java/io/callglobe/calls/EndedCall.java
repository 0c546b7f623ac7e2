package io.callglobe.calls;

import io.callglobe.events.EventType;
import java.time.Instant;

/**
 * What the tracker still remembers of a call once it has left the globe: enough to recognise its late or repeated
 * events, in a fraction of a live call's memory, since a busy day leaves hundreds of thousands of them.
 */
final class EndedCall {
    final Instant endedAt;
    private final SeenEvents seen;

    EndedCall(Instant endedAt, SeenEvents seen) {
        this.endedAt = endedAt;
        this.seen = seen;
    }

    /** Remembers the event type; false when this call already had one of that type. */
    boolean markSeen(EventType type) {
        return seen.add(type);
    }
}
