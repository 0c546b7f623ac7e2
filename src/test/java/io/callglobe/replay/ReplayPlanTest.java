package io.callglobe.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.geo.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayPlanTest {

    private static final Instant T0 = Instant.parse("2026-11-20T15:00:00Z");
    private static final LogSummary HOUR = new LogSummary(T0, T0.plus(Duration.ofHours(1)), 13_777,
            new GeoPoint(40, -40));

    @Test
    void fitsTheLogsSpanInAMinuteByDefault() {
        ReplayPlan plan = ReplayPlan.forLog(HOUR, null, null, null, null, 30);

        assertEquals(60, plan.speed(), 1e-9);
        assertEquals(T0, plan.from());
        assertEquals(HOUR.last().plus(ReplayPlan.END_MARGIN), plan.to(), "runs on so the last calls fade out");
        assertEquals(30, plan.fps());
    }

    @Test
    void fitsTheSpanInTheRequestedDuration() {
        assertEquals(30, ReplayPlan.forLog(HOUR, null, null, null, Duration.ofMinutes(2), 30).speed(), 1e-9);
        assertEquals(4, ReplayPlan.forLog(HOUR, null, null, null, Duration.ofMinutes(15), 30).speed(), 1e-9);
    }

    @Test
    void neverPlaysSlowerThanRealTime() {
        LogSummary twentySeconds = new LogSummary(T0, T0.plusSeconds(20), 6, null);

        assertEquals(1, ReplayPlan.forLog(twentySeconds, null, null, null, null, 30).speed());
        assertEquals(1, ReplayPlan.forLog(HOUR, null, null, null, Duration.ofHours(2), 30).speed());
    }

    @Test
    void anExplicitSpeedWinsOverTheDurationAndMaySlowDown() {
        assertEquals(5, ReplayPlan.forLog(HOUR, null, null, 5.0, Duration.ofMinutes(2), 30).speed());
        assertEquals(0.5, ReplayPlan.forLog(HOUR, null, null, 0.5, null, 30).speed());
    }

    @Test
    void explicitBoundsOverrideTheLogsSpanAndSetTheSpeed() {
        Instant from = T0.plus(Duration.ofMinutes(10));
        Instant to = T0.plus(Duration.ofMinutes(40));

        ReplayPlan both = ReplayPlan.forLog(HOUR, from, to, null, null, 25);
        assertEquals(from, both.from());
        assertEquals(to, both.to());
        assertEquals(30, both.speed(), 1e-9, "30 minutes in the default minute");

        ReplayPlan fromOnly = ReplayPlan.forLog(HOUR, from, null, null, null, 25);
        assertEquals(HOUR.last().plus(ReplayPlan.END_MARGIN), fromOnly.to());
        assertEquals(50, fromOnly.speed(), 1e-9);

        ReplayPlan toOnly = ReplayPlan.forLog(HOUR, null, to, null, null, 25);
        assertEquals(T0, toOnly.from());
        assertEquals(40, toOnly.speed(), 1e-9);
    }

    @Test
    void aLogOfOneInstantGetsASecond() {
        LogSummary oneInstant = new LogSummary(T0, T0, 1, null);

        ReplayPlan plan = ReplayPlan.forLog(oneInstant, null, null, null, null, 30);

        assertEquals(T0.plusSeconds(1).plus(ReplayPlan.END_MARGIN), plan.to());
        assertEquals(1, plan.speed());
    }

    @Test
    void refusesAnEmptyLog() {
        LogSummary empty = new LogSummary(null, null, 0, null);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplayPlan.forLog(empty, null, null, null, null, 30));
        assertEquals("the log holds no readable event", e.getMessage());
    }

    @Test
    void refusesAnEndThatIsNotAfterTheStart() {
        Instant from = T0.plus(Duration.ofMinutes(30));
        Instant before = T0.plus(Duration.ofMinutes(10));
        String message = "--to (" + before + ") must be after --from (" + from + ")";

        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> new ReplayPlan(from, before, 60, 30)).getMessage());
        assertEquals(message, assertThrows(IllegalArgumentException.class,
                () -> ReplayPlan.forLog(HOUR, from, before, null, null, 30)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ReplayPlan(from, from, 60, 30))
                .getMessage().startsWith("--to ("));
    }

    @Test
    void refusesAMissingStart() {
        assertEquals("the replay needs a start time",
                assertThrows(IllegalArgumentException.class, () -> new ReplayPlan(null, null, 60, 30)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 241})
    void refusesFpsOutsideOneTo240(int fps) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReplayPlan(T0, null, 60, fps));
        assertEquals("fps must be within 1..240, was " + fps, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 240})
    void acceptsFpsAtTheLimits(int fps) {
        assertEquals(fps, new ReplayPlan(T0, null, 60, fps).fps());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -2, Double.NaN, Double.POSITIVE_INFINITY})
    void refusesASpeedThatIsNotAPositiveNumber(double speed) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReplayPlan.forLog(HOUR, null, null, speed, null, 30));
        assertEquals("speed must be a positive number of event seconds per video second", e.getMessage());
    }

    @Test
    void countsFramesFromBothEndsInclusive() {
        // 60 event seconds at 30x and 24 fps: one frame every 1.25 event seconds, 48 steps, 49 frames.
        assertEquals(49, new ReplayPlan(T0, T0.plusSeconds(60), 30, 24).framesAtMost());
        // An hour at 60x plus the 5 s fade-out margin, one frame a second.
        assertEquals(3_606, ReplayPlan.forLog(HOUR, null, null, null, null, 60).framesAtMost());
        assertEquals(0, new ReplayPlan(T0, null, 60, 30).framesAtMost(), "open end");
    }
}
