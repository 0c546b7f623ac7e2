package io.callglobe.scene;

import io.callglobe.calls.CallTracker;
import io.callglobe.events.CallEvent;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.GeoPoint;
import io.callglobe.geo.Location;
import io.callglobe.geo.PhoneLocator;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each tracked call's endpoints are on the globe. A call's numbers are noted from its events and located
 * once, when a frame first asks for them: a call that comes and goes before any frame (a snapshot's or a
 * render's lead-in) costs no lookup. A number that cannot be placed is counted then, with the line of the event
 * that brought it, and its leg is not drawn.
 */
public final class CallPlaces {
    /** A call's endpoints; any may be null when its number could not be located. */
    public record Endpoints(GeoPoint origin, GeoPoint destination, GeoPoint forwarded) {
    }

    private final PhoneLocator locator;
    private final EventProblems problems;
    private final Map<String, CallNumbers> byCall = new HashMap<>();

    public CallPlaces(PhoneLocator locator, EventProblems problems) {
        this.locator = locator;
        this.problems = problems;
    }

    public void register(CallEvent event) {
        CallNumbers known = byCall.get(event.callId());
        if (known == null) {
            byCall.put(event.callId(), new CallNumbers(event));
        } else {
            known.noteForwarding(event);
        }
    }

    /** The endpoints of a registered call, or null if none of its events was registered. */
    public Endpoints of(String callId) {
        CallNumbers numbers = byCall.get(callId);
        return numbers == null ? null : numbers.endpoints();
    }

    /** Forgets calls no longer on the globe, so memory stays flat however long the log. */
    public void forgetCallsOffTheGlobe(CallTracker tracker) {
        if (byCall.size() > tracker.activeCalls().size()) {
            byCall.keySet().removeIf(callId -> !tracker.onGlobe(callId));
        }
    }

    /**
     * A call's numbers as its events gave them, with the lines that brought them, and where they are once asked.
     * Only these are kept, not the events: a snapshot replays a whole log's calls before its one frame.
     */
    private final class CallNumbers {
        private final String callId;
        private final String origin;
        private final String destination;
        private final long firstLine;
        private String forwarded;
        private long forwardedLine;
        /** Null until a frame first asks where the call is. */
        private Endpoints located;

        CallNumbers(CallEvent first) {
            callId = first.callId();
            origin = first.origin();
            destination = first.destination();
            firstLine = first.lineNumber();
            noteForwarding(first);
        }

        /** The first event that names a forwarded number brings it. */
        void noteForwarding(CallEvent event) {
            if (forwarded == null && event.forwardedNumber() != null) {
                forwarded = event.forwardedNumber();
                forwardedLine = event.lineNumber();
                if (located != null) {
                    located = new Endpoints(located.origin(), located.destination(),
                            locate(forwarded, forwardedLine));
                }
            }
        }

        Endpoints endpoints() {
            if (located == null) {
                located = new Endpoints(locate(origin, firstLine), locate(destination, firstLine),
                        forwarded == null ? null : locate(forwarded, forwardedLine));
            }
            return located;
        }

        private GeoPoint locate(String number, long line) {
            Location location = locator.locate(number);
            if (location.point() == null) {
                problems.recordInvalidPhoneNumber(line, callId);
            }
            return location.point();
        }
    }
}
