package io.callglobe.live;

import io.callglobe.calls.CallTracker;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.render.CameraView;
import io.callglobe.render.RenderSettings;
import io.callglobe.scene.HudOptions;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asked for more frames than it can draw, the service drops the late ones and keeps to the clock. */
class LiveFrameDropTest {
    private static final int FPS = 240;

    @Test
    void framesThatCannotBeOnTimeAreDroppedAndCounted() throws Exception {
        LiveSettings settings = new LiveSettings(
                RenderSettings.defaults(640, 360, new CameraView(25, -30, CameraView.DEFAULT_ALTITUDE, 0)),
                new HudOptions(ZoneOffset.UTC, null), FPS, CallTracker.DEFAULT_FADE, CallTracker.DEFAULT_TTL,
                List.of(), null, OutputStream.nullOutputStream(), null);
        PhoneLocator locator = PhoneLocator.load();
        long starting = System.nanoTime();
        try (LiveService service = LiveService.start(settings, new ManualEventSource(), new EventProblems(), locator,
                Clock.systemUTC())) {
            long started = System.nanoTime();
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
    }
}
