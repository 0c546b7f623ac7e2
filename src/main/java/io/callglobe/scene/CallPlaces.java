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
 * Where each tracked call's endpoints are on the globe. Numbers are located once per call, when its first
 * event arrives; a number that cannot be placed is counted (with the event's line) and its leg not drawn.
 */
public final class CallPlaces {
    /** A call's endpoints; any may be null when its number could not be located. */
    public record Endpoints(GeoPoint origin, GeoPoint destination, GeoPoint forwarded) {
    }

    /** Whether a forwarded number was looked up, placed or not, so one that cannot be placed is counted once. */
    private record Placed(Endpoints endpoints, boolean forwardedLookedUp) {
    }

    private final PhoneLocator locator;
    private final EventProblems problems;
    private final Map<String, Placed> byCall = new HashMap<>();

    public CallPlaces(PhoneLocator locator, EventProblems problems) {
        this.locator = locator;
        this.problems = problems;
    }

    public void register(CallEvent event) {
        Placed known = byCall.get(event.callId());
        boolean forwarded = event.forwardedNumber() != null;
        if (known == null) {
            GeoPoint origin = locate(event.origin(), event);
            GeoPoint destination = locate(event.destination(), event);
            byCall.put(event.callId(), new Placed(new Endpoints(origin, destination, locateForwarded(event)),
                    forwarded));
        } else if (!known.forwardedLookedUp() && forwarded) {
            Endpoints endpoints = known.endpoints();
            byCall.put(event.callId(), new Placed(new Endpoints(endpoints.origin(), endpoints.destination(),
                    locateForwarded(event)), true));
        }
    }

    /** The endpoints of a registered call, or null if none of its events was registered. */
    public Endpoints of(String callId) {
        Placed placed = byCall.get(callId);
        return placed == null ? null : placed.endpoints();
    }

    /** Forgets calls no longer on the globe, so memory stays flat however long the log. */
    public void forgetCallsOffTheGlobe(CallTracker tracker) {
        if (byCall.size() > tracker.activeCalls().size()) {
            byCall.keySet().removeIf(callId -> !tracker.onGlobe(callId));
        }
    }

    private GeoPoint locateForwarded(CallEvent event) {
        return event.forwardedNumber() == null ? null : locate(event.forwardedNumber(), event);
    }

    private GeoPoint locate(String number, CallEvent event) {
        Location location = locator.locate(number);
        if (location.point() == null) {
            problems.recordInvalidPhoneNumber(event.lineNumber(), event.callId());
        }
        return location.point();
    }
}
