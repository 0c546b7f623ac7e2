package io.callglobe.live;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FrameClockTest {
    private static final long START = 5_000_000_000L;
    private static final long PERIOD = 100_000_000L;
    private final FrameClock clock = new FrameClock(10, START);

    @Test
    void framesAreDueOnAFixedGridFromTheStart() {
        assertEquals(START, clock.dueAt(0));
        assertEquals(START + 3 * PERIOD, clock.dueAt(3));
    }

    @Test
    void aFrameDoneInTimeIsFollowedByTheNextSlot() {
        assertEquals(4, clock.nextSlot(3, START + 3 * PERIOD + PERIOD / 2));
    }

    @Test
    void aNextSlotJustDueIsRenderedLateRatherThanDropped() {
        assertEquals(4, clock.nextSlot(3, START + 4 * PERIOD + PERIOD / 2));
    }

    @Test
    void slotsWhoseTimeHasPassedAreSkippedForTheNewestDueOne() {
        // Slot 3 took until 6.5 periods: slots 4 and 5 are dropped, slot 6 is drawn at once.
        assertEquals(6, clock.nextSlot(3, START + 6 * PERIOD + PERIOD / 2));
    }

    @Test
    void fpsOutsideTheSupportedRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FrameClock(0, START));
        assertThrows(IllegalArgumentException.class, () -> new FrameClock(241, START));
    }
}
