package io.callglobe.scene;

import static io.callglobe.scene.TalkdeskLog.LOCATOR;
import static io.callglobe.scene.TalkdeskLog.LONDON;
import static io.callglobe.scene.TalkdeskLog.PT_CUSTOMER;
import static io.callglobe.scene.TalkdeskLog.SYDNEY;
import static io.callglobe.scene.TalkdeskLog.US_CENTRE;
import static io.callglobe.scene.TalkdeskLog.answered;
import static io.callglobe.scene.TalkdeskLog.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.calls.CallStats;
import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import io.callglobe.geo.GeoPoint;
import io.callglobe.render.ArcSpec;
import io.callglobe.render.ArcStyle;
import io.callglobe.render.GlobeFrame;
import io.callglobe.render.HudState;
import io.callglobe.replay.TestReplay;
import io.callglobe.sim.CallScript;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SceneBuilderTest {

    private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");
    private static final double SPEED = 10;

    @TempDir
    Path dir;

    @Test
    void stylesEachCallByItsPhaseDirectionAndEnding() throws IOException {
        TalkdeskLog log = new TalkdeskLog()
                .line(call("ringing", Direction.IN, null, EventType.CALL_MISSED, 3_600), EventType.CALL_INITIATED,
                        at(0))
                .calls(call("talking-in", Direction.IN, 5, EventType.CALL_FINISHED, 3_600),
                        call("talking-out", Direction.OUT, 5, EventType.CALL_FINISHED, 3_600),
                        call("missed", Direction.IN, null, EventType.CALL_MISSED, 8),
                        call("abandoned", Direction.IN, null, EventType.CALL_ABANDONED, 8),
                        call("voicemail", Direction.IN, null, EventType.CALL_VOICEMAIL, 8),
                        call("finished-in", Direction.IN, 5, EventType.CALL_FINISHED, 8),
                        call("finished-out", Direction.OUT, 5, EventType.CALL_FINISHED, 8));

        try (TestReplay replay = replay(log)) {
            GlobeFrame frame = frameAt(replay, 8.5);

            assertEquals(List.of(ArcStyle.RINGING, ArcStyle.INBOUND, ArcStyle.OUTBOUND,
                            ArcStyle.UNANSWERED, ArcStyle.UNANSWERED, ArcStyle.UNANSWERED,
                            ArcStyle.INBOUND, ArcStyle.OUTBOUND),
                    frame.arcs().stream().map(ArcSpec::style).toList());
            CallStats stats = replay.tracker.stats();
            assertEquals(new CallStats(1, 2, 5, 8, 4, 2, 3, 0), stats);
            assertEquals(new HudState(at(8.5), TestReplay.UTC_HUD.zone(), stats.ringing(), stats.inCall(), null),
                    frame.hud());
        }
    }

    @Test
    void drawsAnOutboundCallFromTheCentreToTheCustomer() throws IOException {
        try (TestReplay replay = replay(new TalkdeskLog().calls(call("out", Direction.OUT, 5, EventType.CALL_FINISHED, 60)))) {
            ArcSpec arc = frameAt(replay, 6).arcs().get(0);

            assertLeg(US_CENTRE, PT_CUSTOMER, arc);
        }
    }

    @Test
    void fadesAnEndedCallOut() throws IOException {
        try (TestReplay replay = replay(new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(5), at(60))))) {
            List<Float> opacities = List.of(60.0, 60.375, 60.75, 61.125).stream()
                    .map(seconds -> frameAt(replay, seconds).arcs().get(0).opacity()).toList();

            assertEquals(List.of(1f, 0.75f, 0.5f, 0.25f), opacities);
            assertEquals(ArcStyle.INBOUND, frameAt(replay, 61.4).arcs().get(0).style());
            assertTrue(frameAt(replay, 61.5).arcs().isEmpty(), "faded out");
        }
    }

    @Test
    void aRingingArcShootsOutInAFewTenthsOfAVideoSecond() throws IOException {
        try (TestReplay replay = replay(new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(10), at(60))))) {
            // At 10x a ringing arc takes 0.6 video seconds (its longest), that is 6 event seconds, to reach its end.
            double[] seconds = {0, 1.5, 3, 4.5, 6, 9, 10};
            float[] growth = {0, 0.25f, 0.5f, 0.75f, 1, 1, 1};
            for (int i = 0; i < seconds.length; i++) {
                assertEquals(growth[i], frameAt(replay, seconds[i]).arcs().get(0).growth(), 1e-6, seconds[i] + " s");
            }
        }
    }

    @Test
    void aFastReplayGrowsArcsOverMoreEventTime() throws IOException {
        try (TestReplay replay = replay(new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(30), at(60))))) {
            replay.replay.advanceTo(at(7.5));

            // At 100x the growth is held to 0.15 video seconds: 15 event seconds.
            assertEquals(0.5f, replay.replay.frame(at(7.5), 0, 100).arcs().get(0).growth(), 1e-6);
        }
    }

    @Test
    void aForwardedCallHasASecondLegFromTheDestinationToTheForwardedNumber() throws IOException {
        CallScript forwarded = script("f", Direction.IN, SYDNEY, LONDON, at(0), at(5), EventType.CALL_FINISHED,
                at(60));
        try (TestReplay replay = replay(new TalkdeskLog().calls(forwarded))) {
            List<ArcSpec> arcs = frameAt(replay, 10).arcs();

            assertEquals(2, arcs.size());
            assertLeg(SYDNEY, US_CENTRE, arcs.get(0));
            assertLeg(US_CENTRE, LONDON, arcs.get(1));
            assertEquals(ArcStyle.INBOUND, arcs.get(1).style());
            assertEquals(arcs.get(0).seed() * 0.7f + 0.3f, arcs.get(1).seed());
        }
    }

    @Test
    void keepsACallsSeedFromFrameToFrame() throws IOException {
        try (TestReplay replay = replay(new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(5), at(60)),
                answered("b", PT_CUSTOMER, at(1), at(5), at(60))))) {
            List<ArcSpec> early = frameAt(replay, 2).arcs();
            List<ArcSpec> late = frameAt(replay, 50).arcs();

            assertEquals(SceneBuilder.seedOf("a"), early.get(0).seed());
            assertEquals(early.get(0).seed(), late.get(0).seed());
            assertEquals(early.get(1).seed(), late.get(1).seed());
            assertTrue(early.get(0).seed() != early.get(1).seed());
        }
    }

    @Test
    void spreadsSeedsEvenlyOverZeroToOne() {
        Random random = new Random(7);
        int[] tenths = new int[10];
        for (int i = 0; i < 10_000; i++) {
            float seed = SceneBuilder.seedOf(new UUID(random.nextLong(), random.nextLong()).toString());
            assertTrue(seed >= 0 && seed < 1, () -> "out of range: " + seed);
            tenths[(int) (seed * 10)]++;
        }
        for (int count : tenths) {
            assertTrue(count > 900 && count < 1100, () -> "uneven: " + Arrays.toString(tenths));
        }
    }

    @Test
    void passesTheZoneTitleAndVideoTimeThrough() throws IOException {
        HudOptions hud = new HudOptions(ZoneId.of("Europe/Lisbon"), "Lisbon desk");
        Path log = new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(5), at(60)))
                .writeTo(dir.resolve("log.jsonl"));
        try (TestReplay replay = new TestReplay(log, hud)) {
            replay.replay.advanceTo(at(3));
            GlobeFrame frame = replay.replay.frame(at(3), 12.5, SPEED);

            assertEquals(12.5, frame.videoSeconds());
            assertEquals(new HudState(at(3), ZoneId.of("Europe/Lisbon"), 1, 0, "Lisbon desk"), frame.hud());
        }
    }

    private TestReplay replay(TalkdeskLog log) throws IOException {
        return new TestReplay(log.writeTo(dir.resolve("log.jsonl")));
    }

    private static GlobeFrame frameAt(TestReplay replay, double seconds) {
        replay.replay.advanceTo(at(seconds));
        return replay.replay.frame(at(seconds), seconds / SPEED, SPEED);
    }

    private static void assertLeg(String from, String to, ArcSpec arc) {
        GeoPoint start = LOCATOR.locate(from).point();
        GeoPoint end = LOCATOR.locate(to).point();
        assertEquals(List.of(start.lat(), start.lon(), end.lat(), end.lon()),
                List.of(arc.fromLat(), arc.fromLon(), arc.toLat(), arc.toLon()));
    }

    /** A call from (or to) the Portuguese customer, initiated at 0 s, answered at {@code answered} s or never. */
    private static CallScript call(String callId, Direction direction, Integer answered, EventType ending,
                                   int ended) {
        return script(callId, direction, PT_CUSTOMER, null, at(0), answered == null ? null : at(answered), ending,
                at(ended));
    }

    private static Instant at(double seconds) {
        return T0.plusMillis(Math.round(seconds * 1000));
    }
}
