package io.callglobe.events;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.Closeable;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns one line of Talkdesk JSON into a {@link CallEvent}. Uses Jackson's streaming parser over a shared factory
 * and reads only the fields the globe needs, so it stays cheap at hundreds of thousands of events per second.
 * Thread-safe.
 */
public final class EventParser {

    private static final JsonFactory JSON = new JsonFactory();

    /** Marks a field whose JSON value is an object or array where a scalar was expected. */
    private static final String NOT_A_SCALAR = new String("<not a scalar>");

    /**
     * @param lineNumber where the line sits in its log (1-based), copied into the event and into problems
     */
    public ParseResult parse(String line, long lineNumber) {
        try (JsonParser json = JSON.createParser(line)) {
            return parse(json, lineNumber);
        } catch (IOException e) {
            return rejectedOrThrow(e);
        }
    }

    /** Parses UTF-8 bytes straight away, without decoding them into a String first: the fast path for logs. */
    public ParseResult parse(byte[] utf8, int offset, int length, long lineNumber) {
        try (JsonParser json = JSON.createParser(utf8, offset, length)) {
            return parse(json, lineNumber);
        } catch (IOException e) {
            return rejectedOrThrow(e);
        }
    }

    /**
     * Starts a run over lines that lie one after another in {@code utf8[from..to)}, parsed with one Jackson
     * parser: making a parser costs about a quarter of parsing a short line.
     */
    LineRun run(byte[] utf8, int from, int to) {
        return new LineRun(utf8, from, to);
    }

    /**
     * One parser over consecutive lines. It answers for a line only when that line holds exactly one JSON object
     * and the parser read it within the line's bounds; for any other line it gives up and the line is parsed
     * on its own, so results are exactly those of {@link #parse(byte[], int, int, long)}.
     */
    static final class LineRun implements Closeable {
        private final byte[] utf8;
        private final int from;
        private final int to;
        private JsonParser json;
        /** Where the last line answered for ended: the next one must start at or after it. */
        private int next;
        private boolean givenUp;

        private LineRun(byte[] utf8, int from, int to) {
            this.utf8 = utf8;
            this.from = from;
            this.to = to;
            next = from;
        }

        /** Whether this run can still take the line at {@code utf8[start..start+length)}. */
        boolean canTake(byte[] array, int start, int length) {
            return !givenUp && array == utf8 && start >= next && start + length <= to;
        }

        /** The line's event or rejection; null when the run cannot vouch for it, and is over. */
        ParseResult parseNext(int start, int length, long lineNumber) {
            try {
                ParseResult result = parseWithinLine(start - from, start + length - from, lineNumber);
                if (result != null) {
                    next = start + length;
                    return result;
                }
            } catch (IOException e) {
                // Malformed here or in a line before: the line's own parser says which, and where.
            }
            givenUp = true;
            return null;
        }

        private ParseResult parseWithinLine(int lineStart, int lineEnd, long lineNumber) throws IOException {
            if (json == null) {
                json = JSON.createParser(utf8, from, to - from);
            }
            if (json.nextToken() != JsonToken.START_OBJECT
                    || json.currentTokenLocation().getByteOffset() < lineStart) {
                return null;
            }
            RawFields raw = RawFields.readObject(json);
            long end = json.currentLocation().getByteOffset();
            for (long i = end; i < lineEnd; i++) {
                byte b = utf8[(int) (from + i)];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return null;
                }
            }
            return end <= lineEnd ? raw.toResult(lineNumber) : null;
        }

        @Override
        public void close() throws IOException {
            if (json != null) {
                json.close();
            }
        }
    }

    private static ParseResult rejectedOrThrow(IOException failure) {
        if (failure instanceof JsonProcessingException e) {
            // Jackson's message quotes the offending text, which may be a phone number: give the column only.
            return new ParseResult.Rejected(ProblemKind.MALFORMED_LINE,
                    "not valid JSON at column " + e.getLocation().getColumnNr());
        }
        throw new IllegalStateException("Parsing text in memory cannot fail", failure);
    }

    private ParseResult parse(JsonParser json, long lineNumber) throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            return new ParseResult.Rejected(ProblemKind.MALFORMED_LINE, "not a JSON object");
        }
        RawFields raw = RawFields.readObject(json);
        if (json.nextToken() != null) {
            return new ParseResult.Rejected(ProblemKind.MALFORMED_LINE, "content after the JSON object");
        }
        return raw.toResult(lineNumber);
    }

    private static String scalarText(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token.isStructStart()) {
            json.skipChildren();
            return NOT_A_SCALAR;
        }
        return json.getText();
    }

    /** The fields of one event as text, before validation. */
    private static final class RawFields {
        private String event;
        private String type;
        private String duration;
        private String callId;
        private String talkdeskNumber;
        private String customerNumber;
        private String forwardedNumber;
        private String timestamp;
        private String accountId;

        /** The fields of the object whose start the parser is at, read up to and including its end. */
        static RawFields readObject(JsonParser json) throws IOException {
            RawFields raw = new RawFields();
            String name;
            while ((name = json.nextFieldName()) != null) {
                json.nextToken();
                if (!raw.read(name, json)) {
                    json.skipChildren();
                }
            }
            return raw;
        }

        /**
         * Keeps the value at the parser if it is a field the globe needs; false leaves other fields (agents,
         * contacts, customer) unread, so they cost no String.
         */
        boolean read(String name, JsonParser json) throws IOException {
            switch (name) {
                case "event" -> event = scalarText(json);
                case "type" -> type = scalarText(json);
                case "duration" -> duration = scalarText(json);
                case "call_id" -> callId = scalarText(json);
                case "talkdesk_phone_number" -> talkdeskNumber = scalarText(json);
                case "customer_phone_number" -> customerNumber = scalarText(json);
                case "forwarded_phone_number" -> forwardedNumber = scalarText(json);
                case "timestamp" -> timestamp = scalarText(json);
                case "account_id" -> accountId = scalarText(json);
                default -> {
                    return false;
                }
            }
            return true;
        }

        ParseResult toResult(long lineNumber) {
            if (isBlank(event)) {
                return invalid("missing event");
            }
            Optional<EventType> eventType = EventType.fromWireName(event);
            if (eventType.isEmpty()) {
                return new ParseResult.Rejected(ProblemKind.UNKNOWN_EVENT_TYPE,
                        "unknown event '" + abbreviate(event) + "'");
            }
            if (isBlank(callId)) {
                return invalid("missing call_id");
            }
            Optional<Direction> direction = Direction.fromWireName(type);
            if (direction.isEmpty()) {
                return invalid("type must be 'in' or 'out' in call " + abbreviate(callId));
            }
            if (isBlank(talkdeskNumber) || isBlank(customerNumber)) {
                return invalid("missing talkdesk_phone_number or customer_phone_number in call " + abbreviate(callId));
            }
            if (forwardedNumber == NOT_A_SCALAR || accountId == NOT_A_SCALAR) {
                return invalid("object where a string was expected in call " + abbreviate(callId));
            }
            Instant instant = parseTimestamp();
            if (instant == null) {
                return invalid("missing or invalid timestamp in call " + abbreviate(callId));
            }
            Integer durationSeconds;
            try {
                durationSeconds = parseDuration();
            } catch (NumberFormatException e) {
                return invalid("duration is not a whole number of seconds in call " + abbreviate(callId));
            }
            return new ParseResult.Parsed(new CallEvent(eventType.get(), callId, direction.get(), talkdeskNumber,
                    customerNumber, isBlank(forwardedNumber) ? null : forwardedNumber, instant, durationSeconds,
                    accountId, lineNumber));
        }

        private Instant parseTimestamp() {
            if (isBlank(timestamp)) {
                return null;
            }
            try {
                return Timestamps.parse(timestamp);
            } catch (DateTimeException e) {
                return null;
            }
        }

        private Integer parseDuration() {
            if (duration == null || duration.isEmpty()) {
                return null;
            }
            int seconds = Integer.parseInt(duration);
            if (seconds < 0) {
                throw new NumberFormatException("negative duration");
            }
            return seconds;
        }

        private static ParseResult invalid(String detail) {
            return new ParseResult.Rejected(ProblemKind.INVALID_FIELD, detail);
        }

        private static boolean isBlank(String value) {
            return value == null || value == NOT_A_SCALAR || value.isBlank();
        }

        /** Bounds what untrusted text can put in a log line. */
        private static String abbreviate(String value) {
            return value.length() <= 40 ? value : value.substring(0, 40) + "...";
        }
    }
}
