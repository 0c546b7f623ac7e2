package io.callglobe.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventProblemsTest {

    private final EventProblems problems = new EventProblems();

    @Test
    void summarisesEachKindWithItsFirstLines() {
        problems.record(ProblemKind.MALFORMED_LINE, 4, "x");
        problems.record(ProblemKind.MALFORMED_LINE, 17, "x");
        problems.record(ProblemKind.MALFORMED_LINE, 90, "x");
        problems.recordInvalidPhoneNumber(12, "call-1");

        assertEquals(String.join(System.lineSeparator(),
                        "malformed lines: 3 (lines 4, 17, 90)",
                        "invalid phone numbers: 1 (line 12)"),
                problems.summary());
        assertEquals(4, problems.total());
        assertEquals(1, problems.count(ProblemKind.INVALID_PHONE_NUMBER));
    }

    @Test
    void keepsOnlyTheFirstFiveLinesButCountsEveryProblem() {
        for (long line = 1; line <= 8; line++) {
            problems.record(ProblemKind.DUPLICATE_EVENT, line * 10, "x");
        }

        assertEquals(List.of(10L, 20L, 30L, 40L, 50L), problems.firstLines(ProblemKind.DUPLICATE_EVENT));
        assertEquals("duplicate events: 8 (lines 10, 20, 30, 40, 50, ...)", problems.summary());
    }

    @Test
    void problemsWithoutALineAreCountedOnly() {
        problems.record(ProblemKind.EXPIRED_CALL, 0, "x");

        assertEquals("expired calls (never finished): 1", problems.summary());
    }

    @Test
    void reportsWhenThereIsNothingWrong() {
        assertTrue(problems.isEmpty());
        assertEquals("no problems", problems.summary());
        assertEquals(List.of(), problems.firstLines(ProblemKind.MALFORMED_LINE));
    }
}
