package io.callglobe.live;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotScheduleTest {

    @Test
    void unixExpressionFiresOnTheMinutesItNames() {
        SnapshotSchedule every30Minutes = SnapshotSchedule.parse("*/30 * * * *", ZoneOffset.UTC);
        assertEquals(Optional.of(Instant.parse("2026-11-20T15:30:00Z")),
                every30Minutes.nextAfter(Instant.parse("2026-11-20T15:29:59.400Z")));
        assertEquals(Optional.of(Instant.parse("2026-11-20T16:00:00Z")),
                every30Minutes.nextAfter(Instant.parse("2026-11-20T15:30:00Z")), "strictly after");
    }

    @Test
    void sixFieldsPutSecondsFirst() {
        SnapshotSchedule everySecond = SnapshotSchedule.parse("* * * * * *", ZoneOffset.UTC);
        assertEquals(Optional.of(Instant.parse("2026-11-20T15:30:00Z")),
                everySecond.nextAfter(Instant.parse("2026-11-20T15:29:59.999Z")));
        SnapshotSchedule every10Seconds = SnapshotSchedule.parse("*/10 * * * * *", ZoneOffset.UTC);
        assertEquals(Optional.of(Instant.parse("2026-11-20T15:29:10Z")),
                every10Seconds.nextAfter(Instant.parse("2026-11-20T15:29:00Z")));
    }

    @Test
    void scheduleIsReadInItsTimeZone() {
        SnapshotSchedule nineInLisbonSummer = SnapshotSchedule.parse("0 9 * * *", ZoneId.of("Europe/Lisbon"));
        assertEquals(Optional.of(Instant.parse("2026-07-01T08:00:00Z")),
                nineInLisbonSummer.nextAfter(Instant.parse("2026-07-01T07:00:00Z")));
    }

    @Test
    void filesAreNamedByTheScheduledInstantInUtc() {
        assertEquals("callglobe-2026-11-20T15-30-00Z.png",
                SnapshotSchedule.fileName(Instant.parse("2026-11-20T15:30:00Z")));
    }

    @Test
    void aFileNameReadsBackAsItsInstantAndNoOtherNameDoes() {
        Instant at = Instant.parse("2026-11-20T15:30:07Z");
        assertEquals(Optional.of(at), SnapshotSchedule.scheduledInstant(SnapshotSchedule.fileName(at)));
        for (String other : List.of("callglobe-2026-11-20T15-30-07Z.png.part", "callglobe-latest.png",
                "callglobe-2026-11-20T15:30:07Z.png", "mine-2026-11-20T15-30-07Z.png", "callglobe-.png")) {
            assertEquals(Optional.empty(), SnapshotSchedule.scheduledInstant(other), other);
        }
    }

    @Test
    void badExpressionsAreRefusedWithTheReason() {
        IllegalArgumentException outOfRange = assertThrows(IllegalArgumentException.class,
                () -> SnapshotSchedule.parse("61 * * * *", ZoneOffset.UTC));
        assertTrue(outOfRange.getMessage().contains("61"), outOfRange.getMessage());
        IllegalArgumentException tooShort = assertThrows(IllegalArgumentException.class,
                () -> SnapshotSchedule.parse("* * *", ZoneOffset.UTC));
        assertTrue(tooShort.getMessage().contains("5 fields"), tooShort.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SnapshotSchedule.parse("", ZoneOffset.UTC));
    }
}
