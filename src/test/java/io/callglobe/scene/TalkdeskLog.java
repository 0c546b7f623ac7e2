package io.callglobe.scene;

import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.sim.CallScript;
import io.callglobe.sim.ScriptedEvent;
import io.callglobe.sim.TalkdeskEventWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A small log in the bus's Talkdesk JSON shape, written for a test by the simulator's writer. Lines go in the
 * order they are added, so a test can write them out of order; line n of the file is the n-th line added.
 */
public final class TalkdeskLog {
    /** Loaded once for all the test classes that share a JVM: loading takes about a second. */
    public static final PhoneLocator LOCATOR = PhoneLocator.load();

    /** The documentation's contact centre number, placed in Pennsylvania. */
    public static final String US_CENTRE = "+14845348611";
    /** The documentation's customer, a Portuguese mobile (placed in Portugal). */
    public static final String PT_CUSTOMER = "+351961918192";
    public static final String LONDON = "+442071838750";
    public static final String SYDNEY = "+61291234567";
    /** Too short for Portugal: libphonenumber rejects it. */
    public static final String INVALID = "+351000";

    private final List<ScriptedEvent> lines = new ArrayList<>();

    /** An inbound call answered at {@code answered} and finished at {@code ended}. */
    public static CallScript answered(String callId, String customer, Instant initiated, Instant answered,
                                      Instant ended) {
        return script(callId, Direction.IN, customer, null, initiated, answered, EventType.CALL_FINISHED, ended);
    }

    /** A call to or from the US centre; {@code answered} null for an unanswered {@code ending}. */
    public static CallScript script(String callId, Direction direction, String customer, String forwarded,
                                    Instant initiated, Instant answered, EventType ending, Instant ended) {
        return new CallScript(callId, "acc-1", direction, US_CENTRE, customer, forwarded, "contact-" + callId,
                answered == null ? null : "agent-1", forwarded == null ? null : "agent-0", initiated, answered,
                ending, ended);
    }

    /** Appends one line: {@code type} of {@code call} at {@code at}. */
    public TalkdeskLog line(CallScript call, EventType type, Instant at) {
        lines.add(new ScriptedEvent(call, type, at));
        return this;
    }

    /** Appends every event of the calls, merged in time order as a bus would deliver them. */
    public TalkdeskLog calls(CallScript... calls) {
        List<ScriptedEvent> events = new ArrayList<>();
        for (CallScript call : calls) {
            events.addAll(call.events());
        }
        events.sort(Comparator.comparing(ScriptedEvent::at));
        lines.addAll(events);
        return this;
    }

    /** Writes the log; gzipped when the name ends in {@code .gz}. */
    public Path writeTo(Path file) throws IOException {
        try (TalkdeskEventWriter writer = TalkdeskEventWriter.open(file)) {
            for (ScriptedEvent line : lines) {
                writer.write(line);
            }
        }
        return file;
    }
}
