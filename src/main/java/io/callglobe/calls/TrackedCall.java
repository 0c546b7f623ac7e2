package io.callglobe.calls;

import io.callglobe.events.CallEvent;
import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import java.time.Instant;

/** The tracker's mutable record of one call, kept after the call ends so that late events can be recognised. */
final class TrackedCall {

    final String callId;
    final Direction direction;
    final String originNumber;
    final String destinationNumber;
    String forwardedNumber;
    Instant initiatedAt;
    CallPhase phase;
    Instant phaseSince;
    Instant endedAt;
    /** An agent took the call: an answer was seen, or a call_finished (which only ends answered calls). */
    boolean answered;
    Instant lastEventAt;
    long lastLine;
    /** The one pending deadline that still applies; older ones left in the queue are stale. */
    Deadline scheduled;
    private final SeenEvents seen;
    private ActiveCall view;

    TrackedCall(CallEvent first, CallPhase phase) {
        this.callId = first.callId();
        this.direction = first.direction();
        this.originNumber = first.origin();
        this.destinationNumber = first.destination();
        this.forwardedNumber = first.forwardedNumber();
        this.initiatedAt = first.timestamp();
        this.phase = phase;
        this.phaseSince = first.timestamp();
        this.lastEventAt = first.timestamp();
        this.lastLine = first.lineNumber();
        this.seen = new SeenEvents(first.type());
    }

    /** Remembers the event type; false when this call already had one of that type. */
    boolean markSeen(EventType type) {
        return seen.add(type);
    }

    void touch(CallEvent event) {
        if (event.timestamp().isAfter(lastEventAt)) {
            lastEventAt = event.timestamp();
        }
        lastLine = event.lineNumber();
        if (forwardedNumber == null) {
            forwardedNumber = event.forwardedNumber();
        }
    }

    /** The little that is kept once the call has left the globe. */
    EndedCall toEnded() {
        return new EndedCall(endedAt, seen);
    }

    /** The call as drawn; the last view is reused while nothing drawn has changed, saving an object per frame. */
    ActiveCall view() {
        ActiveCall last = view;
        if (last == null || last.phase() != phase || last.forwardedNumber() != forwardedNumber
                || last.initiatedAt() != initiatedAt || last.phaseSince() != phaseSince || last.endedAt() != endedAt
                || last.answered() != answered) {
            last = new ActiveCall(callId, phase, direction, originNumber, destinationNumber, forwardedNumber,
                    initiatedAt, phaseSince, endedAt, answered);
            view = last;
        }
        return last;
    }
}
