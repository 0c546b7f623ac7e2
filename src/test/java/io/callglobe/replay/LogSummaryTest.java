package io.callglobe.replay;

import static io.callglobe.scene.TalkdeskLog.LOCATOR;
import static io.callglobe.scene.TalkdeskLog.PT_CUSTOMER;
import static io.callglobe.scene.TalkdeskLog.US_CENTRE;
import static io.callglobe.scene.TalkdeskLog.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.events.EventType;
import io.callglobe.geo.GeoPoint;
import io.callglobe.scene.TalkdeskLog;
import io.callglobe.sim.CallScript;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSummaryTest {

    private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");

    @TempDir
    Path dir;

    @Test
    void spansTheEarliestToTheLatestEventOfAnOutOfOrderLog() throws IOException {
        CallScript a = answered("a", PT_CUSTOMER, at(10), at(20), at(90));
        CallScript b = answered("b", PT_CUSTOMER, at(0), at(5), at(30));
        Path log = new TalkdeskLog()
                .line(a, EventType.CALL_ANSWERED, at(20))
                .line(b, EventType.CALL_FINISHED, at(30))
                .line(a, EventType.CALL_FINISHED, at(90))
                .line(b, EventType.CALL_INITIATED, at(0))
                .line(a, EventType.CALL_INITIATED, at(10))
                .writeTo(dir.resolve("shuffled.jsonl"));
        Files.writeString(log, "{\"event\": \"call_ans\n", StandardOpenOption.APPEND);

        LogSummary summary = LogSummary.scan(log.toString(), LOCATOR);

        assertEquals(at(0), summary.first());
        assertEquals(at(90), summary.last());
        assertEquals(5, summary.events(), "the truncated line is not an event");
        assertFalse(summary.isEmpty());
    }

    @Test
    void centresOnTheCallsBetweenThePlacesTheyJoin() throws IOException {
        Path log = new TalkdeskLog()
                .calls(answered("a", PT_CUSTOMER, at(0), at(10), at(60)),
                        answered("b", PT_CUSTOMER, at(5), at(15), at(80)))
                .writeTo(dir.resolve("atlantic.jsonl"));
        GeoPoint us = LOCATOR.locate(US_CENTRE).point();
        GeoPoint pt = LOCATOR.locate(PT_CUSTOMER).point();

        GeoPoint centre = LogSummary.scan(log.toString(), LOCATOR).activityCenter();

        assertTrue(centre.lon() > -60 && centre.lon() < -25, () -> "not over the Atlantic: " + centre);
        assertTrue(centre.lat() > 35 && centre.lat() < 55, () -> "not over the North Atlantic: " + centre);
        // Half way along the great circle: as far from both ends, and on the way from one to the other.
        assertEquals(centre.distanceKm(us), centre.distanceKm(pt), 1);
        assertEquals(us.distanceKm(pt), us.distanceKm(centre) + centre.distanceKm(pt), 1);
        assertEquals(centre, LogSummary.activityCenter(log.toString(), LOCATOR), "the same aim without the span");
    }

    @Test
    void readsAGzippedLogLikeAPlainOne() throws IOException {
        TalkdeskLog log = new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(10), at(60)),
                answered("b", TalkdeskLog.SYDNEY, at(30), at(35), at(300)));
        Path plain = log.writeTo(dir.resolve("calls.jsonl"));
        Path gzipped = log.writeTo(dir.resolve("calls.jsonl.gz"));

        LogSummary summary = LogSummary.scan(gzipped.toString(), LOCATOR);

        assertEquals(new LogSummary(at(0), at(300), 6, summary.activityCenter()), summary);
        assertEquals(LogSummary.scan(plain.toString(), LOCATOR), summary);
    }

    @Test
    void aLogOfBadLinesIsEmpty() throws IOException {
        Path log = Files.writeString(dir.resolve("bad.jsonl"), """
                {"event": "call_in
                not json at all

                {"event":"call_transferred","type":"in","call_id":"x","timestamp":"2026-11-20T15:00:00Z"}
                """);

        LogSummary summary = LogSummary.scan(log.toString(), LOCATOR);

        assertTrue(summary.isEmpty());
        assertNull(summary.first());
        assertNull(summary.last());
        assertNull(summary.activityCenter());
        assertNull(LogSummary.activityCenter(log.toString(), LOCATOR));
    }

    @Test
    void leavesBadLinesToTheRealPassToReport() throws IOException {
        Path log = Files.writeString(dir.resolve("bad.jsonl"), "{\"event\": \"call_in\nnot json\n");
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LogSummary.scan(log.toString(), LOCATOR);
        } finally {
            System.setErr(stderr);
        }

        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
