package io.callglobe.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.events.CallEvent;
import io.callglobe.events.Direction;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.events.EventType;
import io.callglobe.events.ProblemKind;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallTrackerTest {

    private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");
    private static final String CENTRE = "+14845348611";
    private static final String CUSTOMER = "+351961918192";

    private final EventProblems problems = new EventProblems();
    private final CallTracker tracker = new CallTracker(problems);
    private long line;

    @Test
    void followsACallThroughRingingTalkingAndFadingAway() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));
        tracker.advanceTo(at(5));
        assertPhase("a", CallPhase.RINGING, at(0));
        assertEquals(1, tracker.stats().ringing());

        tracker.apply(event(EventType.CALL_ANSWERED, "a", 10));
        tracker.advanceTo(at(10));
        assertPhase("a", CallPhase.IN_CALL, at(10));
        assertEquals(new CallStats(0, 1, 0, 1, 1, 0, 0, 0), tracker.stats());

        tracker.apply(event(EventType.CALL_FINISHED, "a", 100));
        tracker.advanceTo(at(100));
        ActiveCall ended = only();
        assertEquals(CallPhase.ENDED, ended.phase());
        assertEquals(at(100), ended.endedAt());
        assertEquals(at(0), ended.initiatedAt());
        assertEquals(CUSTOMER, ended.originNumber());
        assertEquals(CENTRE, ended.destinationNumber());
        assertEquals(0.0, tracker.fadeFraction(ended, at(100)));
        assertEquals(0.5, tracker.fadeFraction(ended, at(100).plusMillis(750)), 1e-9);

        tracker.advanceTo(at(100).plusMillis(1_499));
        assertEquals(1, tracker.activeCalls().size(), "still fading");
        tracker.advanceTo(at(100).plusMillis(1_500));
        assertEquals(List.of(), tracker.activeCalls());
        assertEquals(new CallStats(0, 0, 0, 1, 1, 1, 0, 0), tracker.stats());
        assertTrue(problems.isEmpty(), problems.summary());
    }

    @Test
    void countsUnansweredEndingsApartFromFinishedCalls() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));
        tracker.apply(event(EventType.CALL_INITIATED, "b", 0));
        tracker.apply(event(EventType.CALL_ABANDONED, "a", 20));
        tracker.apply(event(EventType.CALL_VOICEMAIL, "b", 60));

        CallStats stats = tracker.stats();
        assertEquals(2, stats.unansweredEndings());
        assertEquals(0, stats.finished());
        assertEquals(2, stats.fading());
    }

    @Test
    void keepsTheForwardedLegAndTheOutboundDirection() {
        tracker.apply(new CallEvent(EventType.CALL_INITIATED, "a", Direction.OUT, CENTRE, CUSTOMER, null, at(0),
                null, "acc", ++line));
        tracker.apply(new CallEvent(EventType.CALL_ANSWERED, "a", Direction.OUT, CENTRE, CUSTOMER, "+442071838750",
                at(5), null, "acc", ++line));

        ActiveCall call = only();
        assertEquals(CENTRE, call.originNumber());
        assertEquals(CUSTOMER, call.destinationNumber());
        assertEquals("+442071838750", call.forwardedNumber());
    }

    @Test
    void duplicatesAreIdempotentAndCounted() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));
        tracker.apply(event(EventType.CALL_ANSWERED, "a", 10));
        List<ActiveCall> before = tracker.activeCalls();

        tracker.apply(event(EventType.CALL_ANSWERED, "a", 10));
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));

        assertEquals(before, tracker.activeCalls());
        assertEquals(1, tracker.stats().answered());
        assertEquals(List.of(3L, 4L), problems.firstLines(ProblemKind.DUPLICATE_EVENT));
    }

    @Test
    void answeredBeforeInitiatedStartsInCallAndTheLateInitiatedDoesNotRegressIt() {
        tracker.apply(event(EventType.CALL_ANSWERED, "a", 30));
        assertPhase("a", CallPhase.IN_CALL, at(30));

        tracker.apply(event(EventType.CALL_INITIATED, "a", 18));

        ActiveCall call = only();
        assertEquals(CallPhase.IN_CALL, call.phase());
        assertEquals(at(18), call.initiatedAt(), "the late event still tells when the call started");
        assertEquals(at(30), call.phaseSince());
        assertEquals(new CallStats(0, 1, 0, 1, 1, 0, 0, 0), tracker.stats());
        assertEquals(1, problems.count(ProblemKind.OUT_OF_ORDER_EVENT));
    }

    @Test
    void finishedBeforeAnsweredEndsTheCallAndTheLateAnswerIsIgnored() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));
        tracker.apply(event(EventType.CALL_FINISHED, "a", 100));
        tracker.apply(event(EventType.CALL_ANSWERED, "a", 10));

        assertPhase("a", CallPhase.ENDED, at(100));
        assertEquals(0, tracker.stats().answered());
        assertEquals(List.of(3L), problems.firstLines(ProblemKind.OUT_OF_ORDER_EVENT));
    }

    @Test
    void anEventOlderThanTheCurrentPhaseMovesTheCallForwardButNotBackInTime() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 20));
        tracker.apply(event(EventType.CALL_ANSWERED, "a", 15));

        assertPhase("a", CallPhase.IN_CALL, at(20));

        tracker.apply(event(EventType.CALL_FINISHED, "a", 19));

        assertPhase("a", CallPhase.ENDED, at(20));
        assertEquals(at(20), only().endedAt());
        assertEquals(List.of(2L, 3L), problems.firstLines(ProblemKind.OUT_OF_ORDER_EVENT));
    }

    @Test
    void aFinishForAnUnknownCallDrawsNothingAndItsLateEventsStartNoCall() {
        tracker.apply(event(EventType.CALL_FINISHED, "ghost", 100));
        tracker.apply(event(EventType.CALL_INITIATED, "ghost", 0));
        tracker.apply(event(EventType.CALL_ANSWERED, "ghost", 10));

        assertEquals(List.of(), tracker.activeCalls());
        assertEquals(0, tracker.stats().seen());
        assertEquals(1, problems.count(ProblemKind.FINISH_FOR_UNKNOWN_CALL));
        assertEquals(2, problems.count(ProblemKind.OUT_OF_ORDER_EVENT));
    }

    @Test
    void eventsAfterTheEndAreIgnoredAndCounted() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));
        tracker.apply(event(EventType.CALL_MISSED, "a", 30));
        tracker.apply(event(EventType.CALL_ANSWERED, "a", 40));
        tracker.apply(event(EventType.CALL_FINISHED, "a", 90));
        tracker.advanceTo(at(200));
        tracker.apply(event(EventType.CALL_VOICEMAIL, "a", 200));

        assertEquals(List.of(), tracker.activeCalls());
        assertEquals(List.of(3L, 4L, 5L), problems.firstLines(ProblemKind.EVENT_AFTER_END));
        assertEquals(1, tracker.stats().unansweredEndings());
        assertEquals(0, tracker.stats().finished());
    }

    @Test
    void aCallThatNeverFinishesExpiresAfterTheTtlSinceItsLastEvent() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));
        tracker.apply(event(EventType.CALL_ANSWERED, "a", 60));

        tracker.advanceTo(at(60).plus(CallTracker.DEFAULT_TTL).minusSeconds(1));
        assertPhase("a", CallPhase.IN_CALL, at(60));
        assertEquals(0, problems.count(ProblemKind.EXPIRED_CALL));

        tracker.advanceTo(at(60).plus(CallTracker.DEFAULT_TTL).plusSeconds(2));
        assertEquals(List.of(), tracker.activeCalls());
        assertEquals(List.of(2L), problems.firstLines(ProblemKind.EXPIRED_CALL));
        assertEquals(new CallStats(0, 0, 0, 1, 1, 0, 0, 1), tracker.stats());

        tracker.apply(event(EventType.CALL_FINISHED, "a", 5 * 3_600));
        assertEquals(1, problems.count(ProblemKind.EVENT_AFTER_END));
    }

    @Test
    void fadeAndTtlAreConfigurable() {
        CallTracker quick = new CallTracker(problems, Duration.ofSeconds(3), Duration.ofMinutes(1));
        quick.apply(event(EventType.CALL_INITIATED, "a", 0));
        quick.apply(event(EventType.CALL_INITIATED, "b", 0));
        quick.apply(event(EventType.CALL_FINISHED, "b", 10));

        quick.advanceTo(at(12));
        assertEquals(2, quick.activeCalls().size());
        assertEquals(2.0 / 3, quick.fadeFraction(quick.activeCalls().get(1), at(12)), 1e-9);

        quick.advanceTo(at(61));
        assertEquals(CallPhase.ENDED, quick.activeCalls().get(0).phase(), "an expired call fades out too");
        assertEquals(1, problems.count(ProblemKind.EXPIRED_CALL));
        quick.advanceTo(at(63));
        assertEquals(List.of(), quick.activeCalls());
        assertThrows(IllegalArgumentException.class, () -> new CallTracker(problems, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void anEndedCallIsRememberedForTheTtlThenForgottenSoItsIdCanStartAgain() {
        CallTracker quick = new CallTracker(problems, Duration.ofSeconds(3), Duration.ofMinutes(1));
        quick.apply(event(EventType.CALL_INITIATED, "a", 0));
        quick.apply(event(EventType.CALL_MISSED, "a", 10));
        quick.advanceTo(at(69));
        quick.apply(event(EventType.CALL_MISSED, "a", 69));
        assertEquals(1, problems.count(ProblemKind.DUPLICATE_EVENT), "still remembered after leaving the globe");
        quick.apply(event(EventType.CALL_ANSWERED, "a", 69));
        assertEquals(1, problems.count(ProblemKind.EVENT_AFTER_END));

        quick.advanceTo(at(70));
        quick.apply(event(EventType.CALL_INITIATED, "a", 70));
        assertEquals(1, quick.activeCalls().size());
        assertEquals(2, quick.stats().seen());
    }

    @Test
    void memoryStaysFlatOverALongLog() {
        CallTracker quick = new CallTracker(problems, Duration.ofSeconds(2), Duration.ofMinutes(10));
        int remembered = 0;
        for (int i = 0; i < 100_000; i++) {
            // One call a second, each talking for 30 s: ~30 on the globe, ~600 ended ones remembered.
            String id = "call-" + i;
            quick.apply(event(EventType.CALL_INITIATED, id, i));
            quick.apply(event(EventType.CALL_ANSWERED, id, i + 5));
            quick.apply(event(EventType.CALL_FINISHED, id, i + 35));
            quick.advanceTo(at(i));
            remembered = Math.max(remembered, quick.rememberedCalls());
        }
        assertTrue(remembered < 700, "calls remembered at most: " + remembered);
        assertEquals(0, problems.total(), problems.summary());
    }

    @Test
    void timeNeverMovesBackwards() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));
        tracker.apply(event(EventType.CALL_MISSED, "a", 10));
        tracker.advanceTo(at(20));
        tracker.advanceTo(at(5));

        assertEquals(List.of(), tracker.activeCalls());
    }

    @Test
    void theSnapshotIsUnmodifiableAndDoesNotChangeUnderTheReader() {
        tracker.apply(event(EventType.CALL_INITIATED, "a", 0));
        List<ActiveCall> snapshot = tracker.activeCalls();

        tracker.apply(event(EventType.CALL_INITIATED, "b", 1));

        assertEquals(1, snapshot.size());
        assertEquals(2, tracker.activeCalls().size());
        assertThrows(UnsupportedOperationException.class, snapshot::clear);
    }

    @Test
    void theBadLinesSampleLeavesOnlyTheCallThatNeverFinishes() throws IOException {
        try (EventLogReader reader = EventLogReader.open("samples/bad-lines.jsonl", new EventParser(), problems)) {
            reader.forEachRemaining(tracker::apply);
        }
        tracker.advanceTo(Instant.parse("2026-11-20T10:05:00Z"));

        ActiveCall survivor = only();
        assertEquals("0b6f2b1e-0001-4000-8000-00000000000f", survivor.callId());
        assertEquals(1, problems.count(ProblemKind.DUPLICATE_EVENT));
        assertEquals(1, problems.count(ProblemKind.OUT_OF_ORDER_EVENT));
        assertEquals(1, problems.count(ProblemKind.FINISH_FOR_UNKNOWN_CALL));

        tracker.advanceTo(Instant.parse("2026-11-20T15:00:00Z"));
        assertEquals(List.of(), tracker.activeCalls());
        assertEquals(List.of(14L), problems.firstLines(ProblemKind.EXPIRED_CALL));
    }

    private void assertPhase(String callId, CallPhase phase, Instant since) {
        ActiveCall call = tracker.activeCalls().stream().filter(c -> c.callId().equals(callId)).findFirst()
                .orElseThrow();
        assertEquals(phase, call.phase());
        assertEquals(since, call.phaseSince());
        if (phase != CallPhase.ENDED) {
            assertNull(call.endedAt());
        }
    }

    private ActiveCall only() {
        List<ActiveCall> calls = tracker.activeCalls();
        assertEquals(1, calls.size(), calls.toString());
        return calls.get(0);
    }

    private CallEvent event(EventType type, String callId, long secondsAfterT0) {
        Integer duration = type == EventType.CALL_FINISHED ? 90 : null;
        return new CallEvent(type, callId, Direction.IN, CENTRE, CUSTOMER, null, at(secondsAfterT0), duration,
                "acc", ++line);
    }

    private static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }
}
