package io.callglobe.cli;

import java.time.Duration;
import java.time.Instant;

/** Event lines in the shape the Talkdesk bus sends them, for logs a test writes itself. */
final class TalkdeskLines {
    private static final String TALKDESK_NUMBER = "+14845348611";

    private TalkdeskLines() {
    }

    /** The three lines of an inbound call that is answered and finished. */
    static String call(String callId, String customerNumber, String initiated, String answered, String finished) {
        long talked = Duration.between(Instant.parse(answered), Instant.parse(finished)).toSeconds();
        return String.join("\n",
                event("call_initiated", null, callId, customerNumber, null, initiated),
                event("call_answered", null, callId, customerNumber, "\"5f1a2b3c4d5e6f7081920001\"", answered),
                event("call_finished", "\"" + talked + "\"", callId, customerNumber, "\"5f1a2b3c4d5e6f7081920001\"",
                        finished));
    }

    private static String event(String type, String duration, String callId, String customerNumber, String agentId,
                                String timestamp) {
        return "{\"event\":\"" + type + "\",\"type\":\"in\",\"duration\":" + duration
                + ",\"account_id\":\"4f4a37a201c642014200000c\",\"contact_id\":null,\"call_id\":\"" + callId
                + "\",\"talkdesk_phone_number\":\"" + TALKDESK_NUMBER + "\",\"customer_phone_number\":\""
                + customerNumber + "\",\"forwarded_phone_number\":null,\"agent_id\":" + agentId
                + ",\"previous_agent_id\":null,\"customer_id\":null,\"customer\":null,\"timestamp\":\"" + timestamp
                + "\"}";
    }
}
