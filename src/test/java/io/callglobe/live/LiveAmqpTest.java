package io.callglobe.live;

import io.callglobe.bus.AmqpSettings;
import io.callglobe.bus.SimulatedLine;
import io.callglobe.bus.TestBroker;
import io.callglobe.calls.CallStats;
import io.callglobe.calls.CallTracker;
import io.callglobe.events.EventProblems;
import io.callglobe.events.ProblemKind;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.render.CameraView;
import io.callglobe.render.RenderSettings;
import io.callglobe.scene.HudOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.callglobe.bus.TestBroker.eventually;
import static io.callglobe.live.LiveServiceTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live display fed by the real broker: simulated events published to a fresh exchange are drawn call for call
 * and counted in /metrics while the HTTP outputs serve frames; a message that is not an event, or the broker
 * closing the connection, does not stop it.
 */
class LiveAmqpTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 180;
    private static final int FPS = 10;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String RINGING = "callglobe_active_calls{state=\"ringing\"}";
    private static final String IN_CALL = "callglobe_active_calls{state=\"in_call\"}";
    private static final String CONNECTED = "callglobe_broker_connected";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static PhoneLocator locator;

    private final EventProblems problems = new EventProblems();
    @RegisterExtension
    final TestBroker broker = new TestBroker();
    private LiveService service;

    @BeforeAll
    static void loadLocator() {
        locator = PhoneLocator.load();
    }

    /** Runs before the broker extension cleans up, so the service never sees its exchange vanish. */
    @AfterEach
    void stopService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void publishedTrafficIsDrawnCallForCall() throws Exception {
        List<SimulatedLine> sent = inProgressNow(400);
        CallStats expected = SimulatedLine.callStats(sent);
        assertTrue(expected.ringing() > 0 && expected.inCall() > 0, "calls ringing and talking: " + expected);
        AmqpSettings settings = start(broker.settings());

        TestBroker.publishConfirmed(settings, sent, Duration.ZERO);
        awaitApplied(sent.size());

        String metrics = get("/metrics");
        assertEquals(sent.size(), value(metrics, "callglobe_events_total"), metrics);
        assertEquals(expected.ringing(), value(metrics, RINGING), metrics);
        assertEquals(expected.inCall(), value(metrics, IN_CALL), metrics);
        assertEquals(1, value(metrics, CONNECTED), metrics);
        assertEquals(0, value(metrics, "callglobe_bad_events_total"), metrics);
        assertTrue(problems.isEmpty(), problems.summary());
    }

    @Test
    void streamAndSnapshotAreServedWhileEventsFlow() throws Exception {
        AmqpSettings settings = start(broker.settings());
        List<SimulatedLine> sent = inProgressNow(150);
        CompletableFuture<Void> publishing = CompletableFuture.runAsync(() -> {
            try {
                TestBroker.publishConfirmed(settings, sent, Duration.ofMillis(10));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
        eventually(WAIT, () -> service.status().events() > 0, () -> "events flowing: " + service.status());
        long before = service.status().events();

        HttpResponse<InputStream> response = HTTP.send(request("/stream.mjpg"),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            MjpegParts parts = new MjpegParts(body, response.headers().firstValue("Content-Type").orElseThrow());
            for (int i = 0; i < 2; i++) {
                assertSize(ImageIO.read(new ByteArrayInputStream(parts.next())), "MJPEG part " + i);
            }
        }
        HttpResponse<byte[]> snapshot = HTTP.send(request("/snapshot.png"), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, snapshot.statusCode());
        assertSize(ImageIO.read(new ByteArrayInputStream(snapshot.body())), "the snapshot");
        long after = service.status().events();

        assertTrue(after > before, "events arrived while the frames were read: " + before + ", then " + after);
        publishing.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        awaitApplied(sent.size());
    }

    @Test
    void aMessageThatIsNotAnEventIsCountedAndDroppedAndLaterEventsStillArrive() throws Exception {
        String queue = broker.queue();
        AmqpSettings settings = start(broker.settings().withQueue(queue));
        List<SimulatedLine> sent = inProgressNow(50);

        broker.publish(settings.exchange(), "call_initiated", "this is not JSON");
        eventually(WAIT, () -> service.status().badEvents() == 1, () -> get("/metrics"));
        TestBroker.publishConfirmed(settings, sent, Duration.ZERO);
        awaitApplied(sent.size());

        String metrics = get("/metrics");
        assertEquals(1, value(metrics, "callglobe_bad_events_total"), metrics);
        assertEquals(sent.size(), value(metrics, "callglobe_events_total"), metrics);
        assertEquals(SimulatedLine.callStats(sent).inCall(), value(metrics, IN_CALL), metrics);
        assertEquals(1, value(metrics, CONNECTED), metrics);
        assertEquals(1, problems.count(ProblemKind.MALFORMED_LINE), problems.summary());
        service.close();
        // Once its consumer is gone, whatever it had not settled would be back in the durable queue.
        assertEquals(0, broker.messagesIn(queue), "messages left in the queue");
    }

    @Test
    void theDisplayResumesAfterTheBrokerClosesItsConnection() throws Exception {
        AmqpSettings settings = start(broker.settings());
        List<SimulatedLine> sent = inProgressNow(100);
        TestBroker.publishConfirmed(settings, sent.subList(0, 50), Duration.ZERO);
        awaitApplied(50);

        try (ConnectedGauge gauge = new ConnectedGauge()) {
            TestBroker.closeConnection(settings.connectionName());
            eventually(WAIT, () -> gauge.values().equals(List.of(1L, 0L, 1L)),
                    () -> CONNECTED + " went through " + gauge.values());
        }
        assertTrue(get("/healthz").contains("\"status\":\"ok\""), get("/healthz"));
        // The exclusive queue went with the old connection: events now reach the one declared on reconnecting.
        TestBroker.publishConfirmed(settings, sent.subList(50, 100), Duration.ZERO);
        awaitApplied(100);

        CallStats expected = SimulatedLine.callStats(sent);
        String metrics = get("/metrics");
        assertEquals(100, value(metrics, "callglobe_events_total"), metrics);
        assertEquals(expected.ringing(), value(metrics, RINGING), metrics);
        assertEquals(expected.inCall(), value(metrics, IN_CALL), metrics);
        assertEquals(1, value(metrics, CONNECTED), metrics);
    }

    /**
     * The first {@code count} events of calls that started a minute ago: all in the past, with many of their calls
     * still ringing or talking.
     */
    private static List<SimulatedLine> inProgressNow(int count) {
        Instant now = Instant.now();
        List<SimulatedLine> lines = SimulatedLine.take(count, now.minusSeconds(60));
        assertTrue(lines.get(count - 1).event().timestamp().isBefore(now), "events in the past");
        return lines;
    }

    private AmqpSettings start(AmqpSettings settings) throws Exception {
        LiveSettings live = new LiveSettings(
                RenderSettings.defaults(WIDTH, HEIGHT, new CameraView(25, -30, CameraView.DEFAULT_ALTITUDE, 0)),
                new HudOptions(ZoneOffset.UTC, null), FPS, CallTracker.DEFAULT_FADE, CallTracker.DEFAULT_TTL,
                List.of(), new LiveSettings.HttpOptions(new InetSocketAddress("127.0.0.1", 0), null, 2, 0.85f),
                null, null);
        service = LiveService.start(live, new AmqpEventSource(settings, problems, null), problems, locator,
                Clock.systemUTC());
        eventually(WAIT, () -> service.status().sourceConnected(), () -> "connected: " + service.status());
        return settings;
    }

    /** Waits until the service has received {@code events} events in all and drawn a frame after applying them. */
    private void awaitApplied(long events) throws InterruptedException {
        eventually(WAIT, () -> service.status().events() >= events, () -> "received: " + service.status());
        long frames = service.status().frames();
        // The next frame may have taken its events just before the last one came; the frame after it cannot.
        eventually(WAIT, () -> service.status().frames() >= frames + 2, () -> "drawn: " + service.status());
    }

    private void assertSize(BufferedImage image, String what) {
        assertNotNull(image, what + " decodes");
        assertEquals(List.of(WIDTH, HEIGHT), List.of(image.getWidth(), image.getHeight()), what);
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.httpAddress().getPort() + path))
                .timeout(Duration.ofSeconds(10)).build();
    }

    private String get(String path) {
        try {
            return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The values {@value #CONNECTED} takes on /metrics from now on, polled often enough to see a reconnection. */
    private final class ConnectedGauge implements AutoCloseable {
        private final List<Long> values = new CopyOnWriteArrayList<>();
        private final Thread poller = new Thread(this::poll, "connected-gauge");
        private volatile boolean stopped;

        ConnectedGauge() {
            values.add(value(get("/metrics"), CONNECTED));
            poller.setDaemon(true);
            poller.start();
        }

        List<Long> values() {
            return values;
        }

        private void poll() {
            while (!stopped) {
                long now = value(get("/metrics"), CONNECTED);
                if (now != values.get(values.size() - 1)) {
                    values.add(now);
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws InterruptedException {
            stopped = true;
            poller.join();
        }
    }
}
