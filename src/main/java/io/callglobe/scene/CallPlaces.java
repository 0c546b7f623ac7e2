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

    /** A call's numbers as its events gave them, and where they are once asked. */
    private final class CallNumbers {
        private final CallEvent first;
        /** The first event that named a forwarded number, if any did. */
        private CallEvent forwarding;
        /** Null until a frame first asks where the call is. */
        private Endpoints located;

        CallNumbers(CallEvent first) {
            this.first = first;
            noteForwarding(first);
        }

        void noteForwarding(CallEvent event) {
            if (forwarding == null && event.forwardedNumber() != null) {
                forwarding = event;
                if (located != null) {
                    located = new Endpoints(located.origin(), located.destination(),
                            locate(event.forwardedNumber(), event));
                }
            }
        }

        Endpoints endpoints() {
            if (located == null) {
                located = new Endpoints(locate(first.origin(), first), locate(first.destination(), first),
                        forwarding == null ? null : locate(forwarding.forwardedNumber(), forwarding));
            }
            return located;
        }

        private GeoPoint locate(String number, CallEvent event) {
            Location location = locator.locate(number);
            if (location.point() == null) {
                problems.recordInvalidPhoneNumber(event.lineNumber(), event.callId());
            }
            return location.point();
        }
    }
}
