package io.callglobe.live;

import io.callglobe.calls.CallTracker;
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
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

import static io.callglobe.live.LiveServiceTest.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live service fed by hand: bootstrap from a recorded log, how soon an event is on screen, and what the HUD
 * shows when the source is lost. The tests share one service and run in order, each building on the calls the
 * previous ones left on the globe.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveEventsTest {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int FPS = 30;
    private static final String LISBON_MOBILE = "+351961918192";
    private static final String PENNSYLVANIA = "+14845348611";

    @TempDir
    static Path dir;

    private static final ManualEventSource SOURCE = new ManualEventSource();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LiveService service;
    private static int calls;

    @BeforeAll
    static void startService() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Path log = dir.resolve("recorded.jsonl");
        Files.write(log, List.of(
                line("call_initiated", "done", now.minusSeconds(600)),
                line("call_answered", "done", now.minusSeconds(590)),
                line("call_finished", "done", now.minusSeconds(500)),
                line("call_initiated", "talking", now.minusSeconds(40)),
                line("call_answered", "talking", now.minusSeconds(30)),
                "{ this line is broken",
                line("call_initiated", "ringing", now.minusSeconds(5)),
                line("call_initiated", "not-yet", now.plusSeconds(3600))));
        LiveSettings settings = new LiveSettings(
                RenderSettings.defaults(WIDTH, HEIGHT, new CameraView(30, -40, CameraView.DEFAULT_ALTITUDE, 0)),
                new HudOptions(ZoneOffset.UTC, null), FPS, CallTracker.DEFAULT_FADE, CallTracker.DEFAULT_TTL,
                List.of(log), new LiveSettings.HttpOptions(new InetSocketAddress("127.0.0.1", 0), null, 2, 0.85f),
                null, null);
        service = LiveService.start(settings, SOURCE, new EventProblems(), PhoneLocator.load(), Clock.systemUTC());
    }

    @AfterAll
    static void stopService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void bootstrapDrawsTheCallsInProgressUpToNow() {
        LiveStatus status = service.status();
        assertEquals(1, status.inCall(), status.toString());
        assertEquals(1, status.ringing(), "the call initiated in an hour is not drawn yet: " + status);
        assertEquals(1, status.badEvents(), "the broken line is counted");
        assertEquals(0, status.events(), "nothing live yet");
    }

    @Test
    @Order(2)
    void anEventIsOnScreenWithinAFrameOrSo() throws Exception {
        long[] latencies = new long[7];
        for (int i = 0; i < latencies.length; i++) {
            int ringingBefore = service.status().ringing();
            long sent = System.nanoTime();
            SOURCE.send(event(EventType.CALL_INITIATED, "live-" + ++calls, Instant.now()));
            eventually(() -> service.status().ringing() > ringingBefore, "the call drawn");
            latencies[i] = System.nanoTime() - sent;
            Thread.sleep(150);
        }
        Arrays.sort(latencies);
        long median = latencies[latencies.length / 2];
        System.out.printf("event to published frame at %d fps, %dx%d: median %.1f ms, worst %.1f ms%n", FPS, WIDTH,
                HEIGHT, median / 1e6, latencies[latencies.length - 1] / 1e6);
        assertTrue(median <= 100_000_000L + 1_000_000_000L / FPS,
                "median latency " + median / 1e6 + " ms: " + Arrays.toString(latencies));
        assertEquals(latencies.length, service.status().events());
    }

    @Test
    @Order(3)
    void aLostSourceIsShownInRedOnTheHud() throws Exception {
        long connectedRed = alertRedPixels(snapshot("connected"));
        SOURCE.setConnected(false);
        long framesBefore = service.status().frames();
        eventually(() -> service.status().frames() > framesBefore + 1, "a frame drawn while disconnected");
        long disconnectedRed = alertRedPixels(snapshot("disconnected"));
        assertTrue(disconnectedRed > connectedRed + 100,
                "alert-red pixels in the HUD: " + connectedRed + " connected, " + disconnectedRed + " disconnected");
        String metrics = HTTP.send(HttpRequest.newBuilder(uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(metrics.contains("\ncallglobe_broker_connected 0\n"), metrics);
        String health = HTTP.send(HttpRequest.newBuilder(uri("/healthz")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(health.contains("\"status\":\"degraded\""), health);

        SOURCE.setConnected(true);
        long framesAgain = service.status().frames();
        eventually(() -> service.status().frames() > framesAgain + 1, "a frame drawn once reconnected");
        assertTrue(alertRedPixels(snapshot("reconnected")) < connectedRed + 20, "the alert is gone");
    }

    /** Pure, saturated red like the alert's, in the HUD's corner above the globe's edge. */
    private static long alertRedPixels(BufferedImage frame) {
        long count = 0;
        for (int y = 0; y < HEIGHT * 0.4; y++) {
            for (int x = 0; x < WIDTH * 0.4; x++) {
                int rgb = frame.getRGB(x, y);
                int r = rgb >> 16 & 0xFF;
                int g = rgb >> 8 & 0xFF;
                int b = rgb & 0xFF;
                count += r > 140 && g < r * 0.4 && b < r * 0.4 ? 1 : 0;
            }
        }
        return count;
    }

    /** The current frame, also saved under target/ to look at. */
    private static BufferedImage snapshot(String name) throws Exception {
        byte[] png = HTTP.send(HttpRequest.newBuilder(uri("/snapshot.png")).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        Path saved = Path.of("target", "live-" + name + ".png");
        Files.createDirectories(saved.getParent());
        Files.write(saved, png);
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.httpAddress().getPort() + path);
    }

    private static CallEvent event(EventType type, String callId, Instant at) {
        return new CallEvent(type, callId, Direction.IN, PENNSYLVANIA, LISBON_MOBILE, null, at, null, "account", 0);
    }

    private static String line(String event, String callId, Instant at) {
        return "{\"event\":\"" + event + "\",\"type\":\"in\",\"call_id\":\"" + callId + "\",\"talkdesk_phone_number\":\""
                + PENNSYLVANIA + "\",\"customer_phone_number\":\"" + LISBON_MOBILE + "\",\"timestamp\":\"" + at
                + "\"}";
    }
}
