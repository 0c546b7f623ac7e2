package io.callglobe.calls;

import java.time.Instant;

/** Something the tracker must do to a call once event time reaches {@code at}. */
record Deadline(Instant at, TrackedCall call, Action action) {

    enum Action {
        /** A live call heard nothing for the whole TTL: give up on it. */
        EXPIRE,
        /** An ended call has faded out: take it off the globe. */
        HIDE,
        /** Late events for an ended call are no longer expected: drop its record. */
        FORGET
    }
}
