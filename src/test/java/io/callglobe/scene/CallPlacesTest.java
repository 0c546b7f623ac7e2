package io.callglobe.scene;

import static io.callglobe.scene.TalkdeskLog.INVALID;
import static io.callglobe.scene.TalkdeskLog.LOCATOR;
import static io.callglobe.scene.TalkdeskLog.LONDON;
import static io.callglobe.scene.TalkdeskLog.PT_CUSTOMER;
import static io.callglobe.scene.TalkdeskLog.SYDNEY;
import static io.callglobe.scene.TalkdeskLog.US_CENTRE;
import static io.callglobe.scene.TalkdeskLog.answered;
import static io.callglobe.scene.TalkdeskLog.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import io.callglobe.events.ProblemKind;
import io.callglobe.render.GlobeFrame;
import io.callglobe.replay.TestReplay;
import io.callglobe.sim.CallScript;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallPlacesTest {

    private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");

    @TempDir
    Path dir;

    @Test
    void countsAnInvalidNumberOncePerCallAtItsFirstLine() throws IOException {
        // Line 1: a initiated; line 2: x initiated from a number that cannot be placed; x answered and finished.
        Path log = new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(5), at(40)),
                answered("x", INVALID, at(1), at(6), at(30))).writeTo(dir.resolve("invalid.jsonl"));

        try (TestReplay replay = new TestReplay(log)) {
            List<GlobeFrame> frames = frames(replay, 0, 45);

            assertEquals(1, replay.problems.count(ProblemKind.INVALID_PHONE_NUMBER), replay.problems.summary());
            assertEquals(List.of(2L), replay.problems.firstLines(ProblemKind.INVALID_PHONE_NUMBER));
            assertEquals(1, replay.problems.total(), replay.problems.summary());
            assertEquals(1, frames.get(20).arcs().size(), "only a is drawn at 10 s");
            assertEquals(2, frames.get(20).hud().inCall(), "x still counts as a call");
        }
    }

    @Test
    void doesNotPlaceACallAgainForALateEventAfterItLeftTheGlobe() throws IOException {
        // A bus delivers at least once: x's ending comes again after x has faded out, and an ending for a call
        // never seen arrives; neither is drawn, so neither is placed.
        CallScript x = answered("x", INVALID, at(0), at(5), at(10));
        CallScript orphan = answered("orphan", INVALID, at(0), at(12), at(15));
        Path log = new TalkdeskLog().calls(x)
                .line(orphan, EventType.CALL_FINISHED, at(15))
                .line(x, EventType.CALL_FINISHED, at(20))
                .writeTo(dir.resolve("redelivered.jsonl"));

        try (TestReplay replay = new TestReplay(log)) {
            frames(replay, 0, 25);

            assertEquals(List.of(1L), replay.problems.firstLines(ProblemKind.INVALID_PHONE_NUMBER));
            assertEquals(1, replay.problems.count(ProblemKind.INVALID_PHONE_NUMBER), replay.problems.summary());
            assertEquals(1, replay.problems.count(ProblemKind.DUPLICATE_EVENT));
            assertEquals(1, replay.problems.count(ProblemKind.FINISH_FOR_UNKNOWN_CALL));
            assertNull(replay.places.of("x"));
            assertNull(replay.places.of("orphan"));
        }
    }

    @Test
    void countsAnInvalidForwardedNumberOncePerCall() throws IOException {
        CallScript forwarded = script("f", Direction.IN, SYDNEY, INVALID, at(0), at(5), EventType.CALL_FINISHED,
                at(30));
        Path log = new TalkdeskLog().calls(forwarded).writeTo(dir.resolve("forwarded.jsonl"));

        try (TestReplay replay = new TestReplay(log)) {
            List<GlobeFrame> frames = frames(replay, 0, 35);

            assertEquals(List.of(1L), replay.problems.firstLines(ProblemKind.INVALID_PHONE_NUMBER));
            assertEquals(1, replay.problems.count(ProblemKind.INVALID_PHONE_NUMBER), replay.problems.summary());
            assertEquals(1, frames.get(20).arcs().size(), "the first leg only");
        }
    }

    @Test
    void forgetsCallsThatLeftTheGlobe() throws IOException {
        Path log = new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(5), at(10)),
                answered("b", LONDON, at(2), at(5), at(60))).writeTo(dir.resolve("two.jsonl"));

        try (TestReplay replay = new TestReplay(log)) {
            frames(replay, 0, 11);
            assertNotNull(replay.places.of("a"), "still fading at 11 s");

            frames(replay, 11.5, 11.5);
            assertNull(replay.places.of("a"));
            assertEquals(new CallPlaces.Endpoints(LOCATOR.locate(LONDON).point(), LOCATOR.locate(US_CENTRE).point(),
                    null), replay.places.of("b"));

            frames(replay, 61.5, 61.5);
            assertNull(replay.places.of("b"));
        }
    }

    @Test
    void locatesOnlyCallsThatAFrameShows() throws IOException {
        // x comes and goes before the first frame, as in a snapshot's or a render's lead-in: it is not drawn,
        // so its number is never looked up, and a bad one is not counted as a skipped leg.
        Path log = new TalkdeskLog().calls(answered("x", INVALID, at(0), at(5), at(10)),
                answered("y", INVALID, at(40), at(45), at(90))).writeTo(dir.resolve("lead-in.jsonl"));

        try (TestReplay replay = new TestReplay(log)) {
            replay.replay.advanceTo(at(50));
            assertEquals(0, replay.problems.count(ProblemKind.INVALID_PHONE_NUMBER), "nothing drawn yet");

            GlobeFrame frame = replay.replay.frame(at(50), 0, 1);

            assertEquals(1, frame.hud().inCall(), "y only: x left the globe long ago");
            assertEquals(List.of(4L), replay.problems.firstLines(ProblemKind.INVALID_PHONE_NUMBER));
            assertEquals(1, replay.problems.count(ProblemKind.INVALID_PHONE_NUMBER), replay.problems.summary());
        }
    }

    @Test
    void picksUpAForwardedNumberFirstSentOnALaterEvent() throws IOException {
        CallScript before = script("f", Direction.IN, SYDNEY, null, at(0), null, EventType.CALL_MISSED, at(60));
        CallScript after = script("f", Direction.IN, SYDNEY, LONDON, at(0), at(5), EventType.CALL_FINISHED, at(60));
        Path log = new TalkdeskLog()
                .line(before, EventType.CALL_INITIATED, at(0))
                .line(after, EventType.CALL_ANSWERED, at(5))
                .line(after, EventType.CALL_FINISHED, at(60))
                .writeTo(dir.resolve("late-forward.jsonl"));

        try (TestReplay replay = new TestReplay(log)) {
            assertEquals(1, frames(replay, 0, 4).get(0).arcs().size());
            assertNull(replay.places.of("f").forwarded());

            List<GlobeFrame> answered = frames(replay, 4.5, 5);

            assertEquals(LOCATOR.locate(LONDON).point(), replay.places.of("f").forwarded());
            assertEquals(2, answered.get(answered.size() - 1).arcs().size());
            assertEquals(0, replay.problems.total(), replay.problems.summary());
        }
    }

    /** The frames every half second from {@code from} to {@code to} seconds, as a run at 10x and 20 fps builds them. */
    private static List<GlobeFrame> frames(TestReplay replay, double from, double to) {
        List<GlobeFrame> frames = new ArrayList<>();
        for (double seconds = from; seconds <= to; seconds += 0.5) {
            Instant now = T0.plusMillis(Math.round(seconds * 1000));
            replay.replay.advanceTo(now);
            frames.add(replay.replay.frame(now, seconds / 10, 10));
        }
        return frames;
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
