package io.callglobe.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventParserTest {

    private static final String GOOD = """
            {"event":"call_initiated","type":"out","duration":null,"call_id":"c1",\
            "talkdesk_phone_number":"+14845348611","customer_phone_number":"+351961918192",\
            "forwarded_phone_number":"+442071838750","account_id":"acc","timestamp":"%s"}""";

    private final EventParser parser = new EventParser();

    @Test
    void parsesTheTalkdeskExampleVerbatim() throws IOException {
        CallEvent event = parsed(fixture("/events/talkdesk-example.jsonl").strip(), 1);

        assertEquals(EventType.CALL_FINISHED, event.type());
        assertEquals("9d036a18-0986-11e2-b2c6-3d435d81b7fd", event.callId());
        assertEquals(Direction.IN, event.direction());
        assertEquals("+14845348611", event.talkdeskNumber());
        assertEquals("+351961918192", event.customerNumber());
        assertNull(event.forwardedNumber());
        assertEquals(Instant.parse("2012-09-28T16:09:07Z"), event.timestamp());
        assertEquals(91, event.durationSeconds());
        assertEquals("4f4a37a201c642014200000c", event.accountId());
        assertEquals(1, event.lineNumber());
        assertEquals("+351961918192", event.origin(), "inbound calls start at the customer");
        assertEquals("+14845348611", event.destination());
    }

    @Test
    void outboundCallsStartAtTheContactCentre() {
        CallEvent event = parsed(GOOD.formatted("2026-11-20T15:00:00Z"), 7);

        assertEquals(Direction.OUT, event.direction());
        assertEquals("+14845348611", event.origin());
        assertEquals("+351961918192", event.destination());
        assertEquals("+442071838750", event.forwardedNumber());
        assertNull(event.durationSeconds());
        assertEquals(7, event.lineNumber());
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-20T15:00:00Z, 2026-11-20T15:00:00Z",
        "2026-11-20T15:00:00.250Z, 2026-11-20T15:00:00.250Z",
        "2026-11-20T16:00:00+01:00, 2026-11-20T15:00:00Z",
        "2026-11-20T10:00:00.5-05:00, 2026-11-20T15:00:00.5Z",
        "2024-02-29T23:59:59Z, 2024-02-29T23:59:59Z"})
    void acceptsIsoTimestampsWithOffsetsAndFractions(String wire, String expected) {
        assertEquals(Instant.parse(expected), parsed(GOOD.formatted(wire), 1).timestamp());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20 15:00:00Z", "2026-13-20T15:00:00Z", "2026-11-20T25:00:00Z",
        "2026-02-30T15:00:00Z", "2026-11-20T15:00:00", "yesterday", ""})
    void rejectsInvalidTimestamps(String wire) {
        assertRejected(ProblemKind.INVALID_FIELD, GOOD.formatted(wire));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"event\":\"call_initiated\"", "not json", "[1,2]", "42", "{} {}", "{\"a\":1}x"})
    void rejectsMalformedLines(String line) {
        assertRejected(ProblemKind.MALFORMED_LINE, line);
    }

    @Test
    void rejectsUnknownEventTypes() {
        assertRejected(ProblemKind.UNKNOWN_EVENT_TYPE, GOOD.formatted("2026-11-20T15:00:00Z")
                .replace("call_initiated", "call_transferred"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"call_id\":\"c1\"|\"call_id\":null",
        "\"call_id\":\"c1\"|\"call_id\":\"  \"",
        "\"call_id\":\"c1\"|\"call_id\":{\"id\":1}",
        "\"type\":\"out\"|\"type\":\"sideways\"",
        "\"event\":\"call_initiated\"|\"event\":null",
        "\"customer_phone_number\":\"+351961918192\"|\"customer_phone_number\":null",
        "\"duration\":null|\"duration\":\"ninety\"",
        "\"duration\":null|\"duration\":\"-5\""})
    void rejectsMissingOrInvalidFields(String field, String replacement) {
        assertRejected(ProblemKind.INVALID_FIELD,
                GOOD.formatted("2026-11-20T15:00:00Z").replace(field, replacement));
    }

    @Test
    void acceptsADurationSentAsANumberAndIgnoresUnknownNestedFields() {
        String line = GOOD.formatted("2026-11-20T15:00:00Z")
                .replace("\"duration\":null", "\"duration\":91,\"customer\":{\"name\":\"x\",\"tags\":[1,{}]}");

        assertEquals(91, parsed(line, 1).durationSeconds());
    }

    private CallEvent parsed(String line, long lineNumber) {
        return assertInstanceOf(ParseResult.Parsed.class, parser.parse(line, lineNumber)).event();
    }

    private void assertRejected(ProblemKind kind, String line) {
        ParseResult.Rejected rejected = assertInstanceOf(ParseResult.Rejected.class, parser.parse(line, 1), line);
        assertEquals(kind, rejected.kind(), rejected.detail());
    }

    static String fixture(String resource) throws IOException {
        try (InputStream in = EventParserTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
