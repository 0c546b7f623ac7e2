package io.callglobe.live;

import io.callglobe.events.CallEvent;
import io.callglobe.events.Direction;
import io.callglobe.events.EventProblems;
import io.callglobe.events.EventType;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.render.CameraView;
import io.callglobe.render.RenderSettings;
import io.callglobe.scene.HudOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.callglobe.live.LiveServiceTest.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wall clock drives the service: asked for more frames than it can draw, it drops the late ones and keeps
 * to the clock; a call whose end never comes expires once its TTL has passed on the clock.
 */
class LiveClockTest {
    private static final int FPS = 240;
    private static final Duration TTL = Duration.ofSeconds(2);
    private static final ManualEventSource SOURCE = new ManualEventSource();
    private static LiveService service;
    private static long starting;
    private static long started;

    @BeforeAll
    static void startService() throws Exception {
        LiveSettings settings = new LiveSettings(
                RenderSettings.defaults(640, 360, new CameraView(25, -30, CameraView.DEFAULT_ALTITUDE, 0)),
                new HudOptions(ZoneOffset.UTC, null), FPS, Duration.ofMillis(200), TTL, List.of(), null,
                OutputStream.nullOutputStream(), null);
        PhoneLocator locator = PhoneLocator.load();
        starting = System.nanoTime();
        service = LiveService.start(settings, SOURCE, new EventProblems(), locator, Clock.systemUTC());
        started = System.nanoTime();
    }

    @AfterAll
    static void stopService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void framesThatCannotBeOnTimeAreDroppedAndCounted() throws Exception {
        Thread.sleep(2_000);
        LiveStatus status = service.status();
        long now = System.nanoTime();
        long slots = status.frames() + status.framesDropped();
        System.out.printf("at %d fps: %d frames drawn, %d dropped in %.1f s%n", FPS, status.frames(),
                status.framesDropped(), (now - started) / 1e9);
        assertTrue(status.framesDropped() > 0, status.toString());
        assertTrue(slots <= (now - starting) / 1e9 * FPS + 1, "no more slots than time allows: " + status);
        assertTrue(slots >= ((now - started) / 1e9 - 0.5) * FPS, "drawing never lags the clock: " + status);
    }

    @Test
    void aCallWhoseEndNeverComesExpiresAfterItsTtl() throws Exception {
        assertEquals(0, service.status().ringing());
        long sent = System.nanoTime();
        SOURCE.send(new CallEvent(EventType.CALL_INITIATED, "never-ends", Direction.OUT, "+14845348611",
                "+351961918192", null, Instant.now(), null, null, 0));
        eventually(() -> service.status().ringing() == 1, "the call drawn");
        eventually(() -> service.status().ringing() == 0, "the call expired");
        long gone = System.nanoTime() - sent;
        assertTrue(gone >= TTL.toNanos(), "expired after " + gone / 1e6 + " ms, before its TTL");
    }
}
