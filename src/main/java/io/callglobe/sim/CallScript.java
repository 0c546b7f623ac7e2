package io.callglobe.sim;

import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole life of one simulated call, decided up front.
 *
 * @param forwardedNumber null unless the call was forwarded
 * @param agentId         the agent on the call; null for an inbound call nobody answered
 * @param previousAgentId the agent who forwarded the call, or null
 * @param answeredAt      null when nobody answered
 * @param ending          the terminal event: call_finished after an answer, or an unanswered ending
 */
public record CallScript(
        String callId,
        String accountId,
        Direction direction,
        String talkdeskNumber,
        String customerNumber,
        String forwardedNumber,
        String contactId,
        String agentId,
        String previousAgentId,
        Instant initiatedAt,
        Instant answeredAt,
        EventType ending,
        Instant endedAt) {

    /** Talk time in whole seconds, as call_finished reports it; null when the call was not answered. */
    public Integer talkSeconds() {
        return answeredAt == null ? null : (int) Duration.between(answeredAt, endedAt).toSeconds();
    }

    /** The call's events in time order. */
    public List<ScriptedEvent> events() {
        List<ScriptedEvent> events = new ArrayList<>(3);
        events.add(new ScriptedEvent(this, EventType.CALL_INITIATED, initiatedAt));
        if (answeredAt != null) {
            events.add(new ScriptedEvent(this, EventType.CALL_ANSWERED, answeredAt));
        }
        events.add(new ScriptedEvent(this, ending, endedAt));
        return events;
    }
}
