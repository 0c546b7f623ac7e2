package io.callglobe.sim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A simulated event as the bus sends it: one JSON object with every field of a Talkdesk event in the bus's order,
 * nulls included.
 */
public final class TalkdeskEventJson {

    private static final JsonFactory JSON = new JsonFactory();

    private TalkdeskEventJson() {
    }

    /** The event's JSON object on one line, without a line break: a message body on the bus. */
    public static String line(ScriptedEvent event) {
        StringWriter text = new StringWriter(512);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            write(json, event);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to a String cannot fail", e);
        }
        return text.toString();
    }

    static void write(JsonGenerator json, ScriptedEvent event) throws IOException {
        CallScript call = event.call();
        json.writeStartObject();
        json.writeStringField("event", event.type().wireName());
        json.writeStringField("type", call.direction().wireName());
        writeNullable(json, "duration",
                event.type() == EventType.CALL_FINISHED ? call.talkSeconds().toString() : null);
        json.writeStringField("account_id", call.accountId());
        json.writeStringField("contact_id", call.contactId());
        json.writeStringField("call_id", call.callId());
        json.writeStringField("talkdesk_phone_number", call.talkdeskNumber());
        json.writeStringField("customer_phone_number", call.customerNumber());
        writeNullable(json, "forwarded_phone_number", call.forwardedNumber());
        writeNullable(json, "agent_id", agentAt(event));
        writeNullable(json, "previous_agent_id", call.previousAgentId());
        json.writeStringField("customer_id", call.contactId());
        json.writeNullField("customer");
        json.writeStringField("timestamp",
                DateTimeFormatter.ISO_INSTANT.format(event.at().truncatedTo(ChronoUnit.SECONDS)));
        json.writeEndObject();
    }

    /** No agent is on an inbound call until it is answered. */
    private static String agentAt(ScriptedEvent event) {
        CallScript call = event.call();
        boolean ringingInbound = call.direction() == Direction.IN && event.type() == EventType.CALL_INITIATED;
        return ringingInbound ? null : call.agentId();
    }

    private static void writeNullable(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
