package io.callglobe.replay;

import io.callglobe.events.CallEvent;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.GeoPoint;
import io.callglobe.geo.PhoneLocator;

import java.io.IOException;
import java.time.Instant;

/**
 * A first, quick pass over a log file: its time span and event count (to plan the video's speed and length)
 * and where its calls are (to aim the camera). Bad lines are left to the real pass to report.
 */
public record LogSummary(Instant first, Instant last, long events, GeoPoint activityCenter) {
    private static final int LOCATED_FOR_CENTER = 1000;

    public static LogSummary scan(String path, PhoneLocator locator) throws IOException {
        Instant first = null;
        Instant last = null;
        long events = 0;
        CenterSample center = new CenterSample(locator);
        try (EventLogReader reader = open(path)) {
            while (reader.hasNext()) {
                CallEvent event = reader.next();
                events++;
                Instant time = event.timestamp();
                first = first == null || time.isBefore(first) ? time : first;
                last = last == null || time.isAfter(last) ? time : last;
                center.add(event);
            }
        }
        return new LogSummary(first, last, events, center.center());
    }

    /**
     * The {@link #activityCenter} of {@link #scan} alone, read from the log's start only as far as it needs:
     * for a single picture, which has no span to plan.
     */
    public static GeoPoint activityCenter(String path, PhoneLocator locator) throws IOException {
        CenterSample center = new CenterSample(locator);
        try (EventLogReader reader = open(path)) {
            while (reader.hasNext() && !center.full()) {
                center.add(reader.next());
            }
        }
        return center.center();
    }

    public boolean isEmpty() {
        return events == 0;
    }

    private static EventLogReader open(String path) throws IOException {
        return EventLogReader.open(path, new EventParser(), EventProblems.unlogged());
    }

    /** The mean direction of the first numbers of the log that can be placed. */
    private static final class CenterSample {
        private final PhoneLocator locator;
        private double x;
        private double y;
        private double z;
        private int located;

        CenterSample(PhoneLocator locator) {
            this.locator = locator;
        }

        boolean full() {
            return located >= LOCATED_FOR_CENTER;
        }

        void add(CallEvent event) {
            if (full()) {
                return;
            }
            for (String number : new String[] {event.origin(), event.destination()}) {
                GeoPoint point = locator.locate(number).point();
                if (point != null) {
                    double lat = Math.toRadians(point.lat());
                    double lon = Math.toRadians(point.lon());
                    x += Math.cos(lat) * Math.cos(lon);
                    y += Math.cos(lat) * Math.sin(lon);
                    z += Math.sin(lat);
                    located++;
                }
            }
        }

        GeoPoint center() {
            return located == 0 ? null
                    : new GeoPoint(Math.toDegrees(Math.atan2(z, Math.hypot(x, y))), Math.toDegrees(Math.atan2(y, x)));
        }
    }
}
