package io.callglobe.calls;

import io.callglobe.events.EventType;

/** The event types a call has had, as bits: an EnumSet per call would cost an object more for each. */
final class SeenEvents {
    private int bits;

    SeenEvents(EventType first) {
        add(first);
    }

    /** False when the type was already there. */
    boolean add(EventType type) {
        int bit = 1 << type.ordinal();
        boolean added = (bits & bit) == 0;
        bits |= bit;
        return added;
    }
}
