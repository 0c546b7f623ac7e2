package io.callglobe.calls;

import io.callglobe.events.Direction;
import java.time.Instant;

/**
 * An immutable view of one call on the globe: an arc from origin to destination, with a second leg from the
 * destination to the forwarded number when there is one.
 *
 * @param forwardedNumber null unless the call was forwarded
 * @param initiatedAt     when the call started ringing, or the earliest event seen for it
 * @param phaseSince      when the call entered its current phase
 * @param endedAt         null until the phase is {@link CallPhase#ENDED}
 * @param answered        an agent took the call (so an ended call is drawn as a finished conversation, not a
 *                        missed one)
 */
public record ActiveCall(
        String callId,
        CallPhase phase,
        Direction direction,
        String originNumber,
        String destinationNumber,
        String forwardedNumber,
        Instant initiatedAt,
        Instant phaseSince,
        Instant endedAt,
        boolean answered) {
}
