package io.callglobe.calls;

import java.time.Instant;

/**
 * Something the tracker must do to a call once event time reaches {@code at}. It names the call by id rather than
 * holding it, so a deadline left stale in the queue does not keep an ended call's full record alive.
 */
record Deadline(Instant at, String callId, Action action) {

    enum Action {
        /** A live call may have heard nothing for the whole TTL: give up on it unless it was touched since. */
        EXPIRE,
        /** An ended call has faded out: take it off the globe. */
        HIDE
    }
}
