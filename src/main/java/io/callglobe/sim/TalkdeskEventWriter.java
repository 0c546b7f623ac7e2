package io.callglobe.sim;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.zip.GZIPOutputStream;

/**
 * Writes simulated events as the bus sends them: one JSON object a line, with every field of a Talkdesk event in
 * the bus's order, nulls included. Gzips when the file name ends in {@code .gz}.
 */
public final class TalkdeskEventWriter implements Closeable {

    private static final JsonFactory JSON = new JsonFactory();

    private final OutputStream out;
    private final JsonGenerator json;

    public TalkdeskEventWriter(OutputStream out) throws IOException {
        this.out = out;
        this.json = JSON.createGenerator(out);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.setRootValueSeparator(null);
    }

    public static TalkdeskEventWriter open(Path file) throws IOException {
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        if (file.getFileName().toString().endsWith(".gz")) {
            out = new GZIPOutputStream(out, 1 << 16);
        }
        return new TalkdeskEventWriter(out);
    }

    public void write(ScriptedEvent event) throws IOException {
        CallScript call = event.call();
        json.writeStartObject();
        json.writeStringField("event", event.type().wireName());
        json.writeStringField("type", call.direction().wireName());
        writeNullable("duration", event.type() == EventType.CALL_FINISHED ? call.talkSeconds().toString() : null);
        json.writeStringField("account_id", call.accountId());
        json.writeStringField("contact_id", call.contactId());
        json.writeStringField("call_id", call.callId());
        json.writeStringField("talkdesk_phone_number", call.talkdeskNumber());
        json.writeStringField("customer_phone_number", call.customerNumber());
        writeNullable("forwarded_phone_number", call.forwardedNumber());
        writeNullable("agent_id", agentAt(event));
        writeNullable("previous_agent_id", call.previousAgentId());
        json.writeStringField("customer_id", call.contactId());
        json.writeNullField("customer");
        json.writeStringField("timestamp",
                DateTimeFormatter.ISO_INSTANT.format(event.at().truncatedTo(ChronoUnit.SECONDS)));
        json.writeEndObject();
        json.writeRaw('\n');
    }

    /** No agent is on an inbound call until it is answered. */
    private static String agentAt(ScriptedEvent event) {
        CallScript call = event.call();
        boolean ringingInbound = call.direction() == Direction.IN && event.type() == EventType.CALL_INITIATED;
        return ringingInbound ? null : call.agentId();
    }

    private void writeNullable(String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }

    @Override
    public void close() throws IOException {
        try (out) {
            json.close();
        }
    }
}
