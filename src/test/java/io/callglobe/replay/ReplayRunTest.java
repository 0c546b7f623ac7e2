package io.callglobe.replay;

import static io.callglobe.scene.TalkdeskLog.LONDON;
import static io.callglobe.scene.TalkdeskLog.PT_CUSTOMER;
import static io.callglobe.scene.TalkdeskLog.SYDNEY;
import static io.callglobe.scene.TalkdeskLog.answered;
import static io.callglobe.scene.TalkdeskLog.script;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.events.Direction;
import io.callglobe.events.EventType;
import io.callglobe.render.ArcStyle;
import io.callglobe.render.GlobeFrame;
import io.callglobe.scene.TalkdeskLog;
import io.callglobe.sim.CallScript;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayRunTest {

    private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");

    @TempDir
    Path dir;

    /** Call a rings from 0 s and is missed at 10 s (gone at 11.5 s); b rings at 300 s and is talked 305..320 s. */
    private Path gapLog;
    private final List<GlobeFrame> frames = new ArrayList<>();
    private final List<long[]> progress = new ArrayList<>();

    @BeforeEach
    void writeGapLog() throws IOException {
        gapLog = new TalkdeskLog()
                .calls(missed("a", 0, 10), answered("b", PT_CUSTOMER, at(300), at(305), at(320)))
                .writeTo(dir.resolve("gap.jsonl"));
    }

    @Test
    void rendersEveryFrameOfTheSpanAndReportsProgress() throws Exception {
        Path log = new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(10), at(60)))
                .writeTo(dir.resolve("one.jsonl"));
        // 30x at 24 fps: 1.25 event seconds a frame, so 60 s is 48 steps.
        ReplayPlan plan = new ReplayPlan(T0, at(60), 30, 24);

        ReplayRun.Outcome outcome = run(log, plan);

        assertEquals(new ReplayRun.Outcome(49, 0, 0, false), outcome);
        assertEquals(plan.framesAtMost(), frames.size());
        GlobeFrame last = frames.get(48);
        assertEquals(at(60), last.hud().eventTime());
        assertEquals(2.0, last.videoSeconds());
        assertEquals(49, progress.size());
        assertEquals(List.of(1L, 48L), List.of(progress.get(0)[0], progress.get(0)[1]));
        assertEquals(List.of(49L, 0L), List.of(progress.get(48)[0], progress.get(48)[1]));
    }

    @Test
    void eachFramesEventTimeComesFromItsNumberWithoutDrift() throws Exception {
        Path log = new TalkdeskLog().calls(answered("a", PT_CUSTOMER, at(0), at(10), at(600)))
                .writeTo(dir.resolve("long.jsonl"));
        // 7/3 event seconds a frame has no exact binary form: summing it frame by frame would drift.
        ReplayPlan plan = new ReplayPlan(T0, at(600), 7, 3);

        run(log, plan);

        assertEquals(258, frames.size(), "frames at 0, 7/3, ... 599 2/3 s");
        for (int n = 0; n < frames.size(); n++) {
            long exactNanos = n * 7_000_000_000L / 3;
            GlobeFrame frame = frames.get(n);
            assertEquals(exactNanos, Duration.between(T0, frame.hud().eventTime()).toNanos(), 1, "frame " + n);
            assertEquals(n / 3.0, frame.videoSeconds(), 1e-12);
        }
        assertTrue(plan.framesAtMost() >= frames.size());
    }

    @Test
    void skipsAnIdleStretchAndCutsInJustBeforeTheNextCall() throws Exception {
        // 10x at 20 fps: half an event second a frame; idle stretches over 15 event seconds are skipped.
        ReplayRun.Outcome outcome = run(gapLog, new ReplayPlan(T0, null, 10, 20));

        assertEquals(1, outcome.idleSkips());
        assertEquals(286, outcome.skippedEventSeconds(), 1e-9, "from 11.5 s to 2.5 s before the call at 300 s");
        assertFalse(outcome.interrupted());
        GlobeFrame beforeCut = frames.get(22);
        assertEquals(at(11), beforeCut.hud().eventTime());
        assertEquals(1, beforeCut.arcs().size(), "a still fading");
        GlobeFrame cut = frames.get(23);
        assertEquals(T0.plusMillis(297_500), cut.hud().eventTime());
        assertTrue(cut.arcs().isEmpty());
        GlobeFrame firstOfB = firstFrameWithArcs(24);
        assertEquals(at(300), firstOfB.hud().eventTime());
        assertEquals(0.25, firstOfB.videoSeconds() - cut.videoSeconds(), 1e-9);
        assertEquals(ArcStyle.RINGING, firstOfB.arcs().get(0).style());
        // b fades out by 321.5 s and the log is over: the last frame is the one before.
        assertEquals(71, outcome.frames());
        assertEquals(at(321), frames.get(70).hud().eventTime());
        assertFalse(frames.get(70).arcs().isEmpty());
    }

    @Test
    void keepsAnIdleStretchTooShortToSkip() throws Exception {
        // Idle from 11.5 s to 25 s: 1.35 video seconds at 10x, under the 1.5 s that would be cut.
        Path log = new TalkdeskLog().calls(missed("a", 0, 10), missed("b", 25, 30)).writeTo(dir.resolve("short.jsonl"));

        ReplayRun.Outcome outcome = run(log, new ReplayPlan(T0, null, 10, 20));

        assertEquals(0, outcome.idleSkips());
        assertEquals(63, outcome.frames(), "0 .. 31 s, every half second");
        assertTrue(frames.get(23).arcs().isEmpty());
        assertTrue(frames.get(49).arcs().isEmpty(), "24.5 s");
        assertEquals(1, frames.get(50).arcs().size(), "25 s");
    }

    @Test
    void skipsAnIdleStartBeforeTheFirstCall() throws Exception {
        ReplayRun.Outcome outcome = run(gapLog, new ReplayPlan(at(-100), at(5), 10, 20));

        assertEquals(new ReplayRun.Outcome(16, 1, 97.5, false), outcome);
        assertEquals(T0.minusMillis(2_500), frames.get(0).hud().eventTime());
        assertTrue(frames.get(4).arcs().isEmpty());
        assertEquals(1, frames.get(5).arcs().size());
    }

    @Test
    void stopsAtTheEndOfThePlan() throws Exception {
        ReplayRun.Outcome outcome = run(gapLog, new ReplayPlan(T0, at(305), 10, 20));

        assertEquals(new ReplayRun.Outcome(23 + 16, 1, 286, false), outcome);
        assertEquals(at(305), frames.get(frames.size() - 1).hud().eventTime());
    }

    @Test
    void endsWithTheLogWhenThePlanRunsLonger() throws Exception {
        ReplayRun.Outcome outcome = run(gapLog, new ReplayPlan(T0, at(1_000), 10, 20));

        assertEquals(new ReplayRun.Outcome(71, 1, 286, false), outcome);
    }

    @Test
    void endsWhenNothingShowsAgainBeforeTheEndOfThePlan() throws Exception {
        ReplayRun.Outcome outcome = run(gapLog, new ReplayPlan(T0, at(100), 10, 20));

        assertEquals(new ReplayRun.Outcome(23, 0, 0, false), outcome, "the call at 300 s is past the end");
    }

    @Test
    void aStopRequestEndsTheRunWithTheFramesSoFar() throws Exception {
        ReplayRun.Outcome outcome;
        try (TestReplay replay = new TestReplay(gapLog)) {
            outcome = new ReplayRun(replay.replay, new ReplayPlan(T0, null, 10, 20))
                    .run(frames::add, () -> frames.size() >= 5, (done, left) -> { });
        }

        assertEquals(new ReplayRun.Outcome(5, 0, 0, true), outcome);
        assertEquals(5, frames.size());
    }

    @Test
    void theSameLogGivesTheSameFrames() throws Exception {
        CallScript forwarded = script("f", Direction.IN, SYDNEY, LONDON, at(5), at(15), EventType.CALL_FINISHED,
                at(90));
        Path log = new TalkdeskLog()
                .calls(missed("a", 0, 10), forwarded, answered("b", PT_CUSTOMER, at(300), at(305), at(320)))
                .writeTo(dir.resolve("mixed.jsonl"));
        ReplayPlan plan = new ReplayPlan(T0, at(320), 10, 20);

        run(log, plan);
        List<GlobeFrame> first = List.copyOf(frames);
        frames.clear();
        run(log, plan);

        assertTrue(first.stream().anyMatch(frame -> frame.arcs().size() == 3), "a and both legs of f");
        assertEquals(first, frames);
    }

    private ReplayRun.Outcome run(Path log, ReplayPlan plan) throws IOException, InterruptedException {
        try (TestReplay replay = new TestReplay(log)) {
            return new ReplayRun(replay.replay, plan)
                    .run(frames::add, () -> false, (soFar, left) -> progress.add(new long[] {soFar.frames(), left}));
        }
    }

    private GlobeFrame firstFrameWithArcs(int from) {
        return frames.subList(from, frames.size()).stream().filter(frame -> !frame.arcs().isEmpty()).findFirst()
                .orElseThrow();
    }

    private static CallScript missed(String callId, int initiated, int ended) {
        return script(callId, Direction.IN, PT_CUSTOMER, null, at(initiated), null, EventType.CALL_MISSED, at(ended));
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }
}
