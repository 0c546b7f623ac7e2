package io.callglobe.replay;

import static io.callglobe.scene.TalkdeskLog.LONDON;
import static io.callglobe.scene.TalkdeskLog.PT_CUSTOMER;
import static io.callglobe.scene.TalkdeskLog.SYDNEY;
import static io.callglobe.scene.TalkdeskLog.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.callglobe.events.EventType;
import io.callglobe.events.ProblemKind;
import io.callglobe.scene.TalkdeskLog;
import io.callglobe.sim.CallScript;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplayTest {
    private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");

    @TempDir
    Path dir;

    @Test
    void eventsStampedWellBeforeOnesAboveThemInTheLogAreCountedAsLate() throws IOException {
        CallScript tomorrow = answered("tomorrow", LONDON, at(86_400), at(86_410), at(86_500));
        CallScript today = answered("today", SYDNEY, at(0), at(10), at(100));
        CallScript jittered = answered("jittered", PT_CUSTOMER, at(86_520), at(86_530), at(86_600));
        // Two days' logs put together newest first (lines 4-6 are a day late); then a call whose start the
        // bus delivered half a minute after its answer, which is within what counts as in order.
        Path log = new TalkdeskLog().calls(tomorrow).calls(today)
                .line(jittered, EventType.CALL_ANSWERED, at(86_530))
                .line(jittered, EventType.CALL_INITIATED, at(86_520))
                .line(jittered, EventType.CALL_FINISHED, at(86_600))
                .writeTo(dir.resolve("newest-first.jsonl"));

        try (TestReplay replay = new TestReplay(log)) {
            replay.replay.advanceTo(at(90_000));

            assertEquals(3, replay.problems.count(ProblemKind.LATE_IN_LOG));
            assertEquals(List.of(4L, 5L, 6L), replay.problems.firstLines(ProblemKind.LATE_IN_LOG));
            assertEquals(9, replay.replay.eventsApplied());
        }
    }

    private static Instant at(long seconds) {
        return T0.plusSeconds(seconds);
    }
}
