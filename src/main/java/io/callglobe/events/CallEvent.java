package io.callglobe.events;

import java.time.Instant;
import java.util.Objects;

/**
 * One call event from the bus. Phone numbers are personal data: keep them out of info-level logs.
 *
 * @param forwardedNumber  the number the call was forwarded to, or null when it was not
 * @param durationSeconds  talk time, sent on call_finished only; null otherwise
 * @param accountId        the contact centre's account, possibly null
 * @param lineNumber       1-based line in the source log, 0 when the event did not come from a file
 */
public record CallEvent(
        EventType type,
        String callId,
        Direction direction,
        String talkdeskNumber,
        String customerNumber,
        String forwardedNumber,
        Instant timestamp,
        Integer durationSeconds,
        String accountId,
        long lineNumber) {

    public CallEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(talkdeskNumber, "talkdeskNumber");
        Objects.requireNonNull(customerNumber, "customerNumber");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The number that placed the call: the customer's on inbound calls, the contact centre's on outbound ones. */
    public String origin() {
        return direction == Direction.IN ? customerNumber : talkdeskNumber;
    }

    /** The number that was called. */
    public String destination() {
        return direction == Direction.IN ? talkdeskNumber : customerNumber;
    }
}
