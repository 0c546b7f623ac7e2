package io.callglobe.live;

import io.callglobe.calls.CallTracker;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.render.CameraView;
import io.callglobe.render.RenderSettings;
import io.callglobe.scene.HudOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live service end to end on simulated traffic: real GL rendering, real HTTP over 127.0.0.1, raw frames and
 * cron snapshots, all from one running service.
 */
class LiveServiceTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 180;
    private static final int FPS = 10;
    private static final String TOKEN = "s3cret-token";
    private static final int MAX_STREAM_CLIENTS = 2;

    /** Snapshots a second apart, so at most four are kept. */
    private static final Duration SNAPSHOTS_KEPT = Duration.ofSeconds(3);
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @TempDir
    static Path dir;

    private static RawFrames raw;
    private static LiveService service;
    private static long startingNanos;
    private static long startedNanos;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startService() throws Exception {
        raw = new RawFrames(WIDTH * HEIGHT * 4);
        LiveSettings settings = new LiveSettings(
                RenderSettings.defaults(WIDTH, HEIGHT, new CameraView(25, -30, CameraView.DEFAULT_ALTITUDE, 0)),
                new HudOptions(ZoneOffset.UTC, null), FPS, CallTracker.DEFAULT_FADE, CallTracker.DEFAULT_TTL,
                List.of(),
                new LiveSettings.HttpOptions(new InetSocketAddress("127.0.0.1", 0), TOKEN, MAX_STREAM_CLIENTS, 0.85f),
                raw,
                new LiveSettings.SnapshotOptions(SnapshotSchedule.parse("* * * * * *", ZoneOffset.UTC),
                        dir.resolve("snapshots"), SNAPSHOTS_KEPT));
        Files.createDirectories(dir.resolve("snapshots"));
        Files.writeString(dir.resolve("snapshots/notes.txt"), "not a snapshot");
        Files.writeString(dir.resolve("snapshots").resolve(SnapshotSchedule.fileName(LONG_AGO)), "an old snapshot");
        Clock clock = Clock.systemUTC();
        PhoneLocator locator = PhoneLocator.load();
        startingNanos = System.nanoTime();
        service = LiveService.start(settings, new SimulatedEventSource(20_000, 7, Duration.ofMinutes(10), clock),
                new EventProblems(), locator, clock);
        startedNanos = System.nanoTime();
        InetSocketAddress address = service.httpAddress();
        base = "http://127.0.0.1:" + address.getPort();
    }

    @AfterAll
    static void stopService() throws InterruptedException {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void mjpegViewerDecodesSuccessiveFrames() throws Exception {
        HttpResponse<InputStream> response = HTTP.send(request("/stream.mjpg", TOKEN),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            MjpegParts parts = new MjpegParts(body, response.headers().firstValue("Content-Type").orElseThrow());
            for (int i = 0; i < 3; i++) {
                BufferedImage frame = ImageIO.read(new ByteArrayInputStream(parts.next()));
                assertNotNull(frame, "part " + i + " is not a decodable JPEG");
                assertEquals(WIDTH, frame.getWidth());
                assertEquals(HEIGHT, frame.getHeight());
            }
        }
    }

    @Test
    void streamViewersAreBoundedAndReleasedWhenTheyLeave() throws Exception {
        List<InputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_STREAM_CLIENTS; i++) {
                HttpResponse<InputStream> viewer = HTTP.send(request("/stream.mjpg", TOKEN),
                        HttpResponse.BodyHandlers.ofInputStream());
                assertEquals(200, viewer.statusCode());
                open.add(viewer.body());
            }
            eventually(() -> service.status().streamClients() == MAX_STREAM_CLIENTS, "viewers counted");
            assertEquals(503, HTTP.send(request("/stream.mjpg", TOKEN), HttpResponse.BodyHandlers.discarding())
                    .statusCode(), "one viewer too many");
        } finally {
            for (InputStream viewer : open) {
                viewer.close();
            }
        }
        eventually(() -> service.status().streamClients() == 0, "viewers that hung up are released");
    }

    @Test
    void snapshotIsTheCurrentFrameAsPng() throws Exception {
        HttpResponse<byte[]> response = HTTP.send(request("/snapshot.png", TOKEN),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertEquals(WIDTH, png.getWidth());
        assertEquals(HEIGHT, png.getHeight());
    }

    @Test
    void metricsCountEventsFramesAndCallsInProgress() throws Exception {
        eventually(() -> service.status().ringing() + service.status().inCall() > 0, "calls in progress");
        String metrics = get("/metrics", TOKEN).body();
        for (String name : List.of("callglobe_events_total", "callglobe_bad_events_total",
                "callglobe_active_calls{state=\"ringing\"}", "callglobe_active_calls{state=\"in_call\"}",
                "callglobe_frames_total", "callglobe_frames_dropped_total", "callglobe_broker_connected",
                "callglobe_stream_clients")) {
            assertTrue(Pattern.compile("(?m)^" + Pattern.quote(name) + " \\d+$").matcher(metrics).find(),
                    name + " missing from\n" + metrics);
        }
        assertTrue(value(metrics, "callglobe_active_calls{state=\"in_call\"}") > 0, metrics);
        assertTrue(value(metrics, "callglobe_events_total") > 0, metrics);
        assertTrue(value(metrics, "callglobe_frames_total") > 0, metrics);
        assertEquals(1, value(metrics, "callglobe_broker_connected"));
        assertEquals(0, value(metrics, "callglobe_bad_events_total"));
        assertTrue(metrics.contains("# TYPE callglobe_events_total counter"), metrics);
    }

    @Test
    void healthNeedsNoTokenAndReportsTheService() throws Exception {
        HttpResponse<String> health = get("/healthz", null);
        assertEquals(200, health.statusCode());
        assertEquals("application/json", health.headers().firstValue("Content-Type").orElse(""));
        for (String field : List.of("\"status\":\"ok\"", "\"uptime_seconds\":", "\"frames\":",
                "\"broker_connected\":true", "\"started\":")) {
            assertTrue(health.body().contains(field), field + " missing from " + health.body());
        }
    }

    @Test
    void tokenIsRequiredEverywhereButHealth() throws Exception {
        for (String path : List.of("/", "/stream.mjpg", "/snapshot.png", "/metrics")) {
            HttpResponse<Void> missing = HTTP.send(request(path, null), HttpResponse.BodyHandlers.discarding());
            assertEquals(401, missing.statusCode(), path + " without a token");
            assertEquals("Bearer realm=\"callglobe\"", missing.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals(401, HTTP.send(request(path, "wrong"), HttpResponse.BodyHandlers.discarding())
                    .statusCode(), path + " with a wrong token");
        }
        assertEquals(200, get("/metrics", TOKEN).statusCode(), "bearer token");
        assertEquals(200, get("/metrics?token=" + TOKEN, null).statusCode(), "token in the query");
        assertEquals(401, get("/metrics?token=" + TOKEN + "x", null).statusCode(), "wrong token in the query");
        assertEquals(404, get("/nothing-here", TOKEN).statusCode());
    }

    @Test
    void kioskPageShowsTheStreamWithNothingFromElsewhere() throws Exception {
        HttpResponse<String> page = get("/?token=" + TOKEN, null);
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("/stream.mjpg"), "the page shows the stream");
        assertTrue(page.body().contains("background: #000"), "on black");
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?(https?:)?//").matcher(page.body()).find(),
                "no external assets");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("default-src 'self'"));
    }

    @Test
    void cronSnapshotsAppearAsCompletePngs() throws Exception {
        Path snapshots = dir.resolve("snapshots");
        eventually(() -> listPngs(snapshots).size() >= 2, "two snapshots from a once-a-second schedule");
        List<Path> pngs = listPngs(snapshots);
        // The newest two: older ones may be deleted while this reads them.
        for (Path png : pngs.subList(pngs.size() - 2, pngs.size())) {
            assertTrue(png.getFileName().toString().matches("callglobe-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\dZ\\.png"),
                    png.toString());
            BufferedImage image = ImageIO.read(png.toFile());
            assertNotNull(image, png + " decodes");
            assertEquals(WIDTH, image.getWidth());
        }
        assertTrue(service.status().snapshotsWritten() >= 2);
    }

    @Test
    void snapshotsOlderThanTheSpanKeptAreDeletedAndOtherFilesLeftAlone() throws Exception {
        Path snapshots = dir.resolve("snapshots");
        eventually(() -> service.status().snapshotsWritten() >= 6, "six snapshots from a once-a-second schedule");

        List<Path> pngs = listPngs(snapshots);
        assertFalse(pngs.contains(snapshots.resolve(SnapshotSchedule.fileName(LONG_AGO))), pngs.toString());
        assertTrue(pngs.size() <= SNAPSHOTS_KEPT.toSeconds() + 2, () -> pngs + " kept of "
                + service.status().snapshotsWritten());
        assertTrue(Files.exists(snapshots.resolve("notes.txt")));
    }

    @Test
    void rawFramesKeepToTheWallClock() throws Exception {
        eventually(() -> raw.frames() >= 2 * FPS, "two seconds of raw frames");
        long frames = raw.frames();
        long now = System.nanoTime();
        assertEquals(0, raw.bytes() % (WIDTH * HEIGHT * 4), "whole frames only");
        // The frame grid starts within start(): at most one frame a slot since start() was called ...
        double sinceStarting = (now - startingNanos) / 1e9;
        assertTrue(frames <= sinceStarting * FPS + 1, frames + " frames in " + sinceStarting + " s");
        // ... and, dropped frames being repeated, at least one a slot since it returned, less the lag of the last
        // frame drawn and written.
        double sinceStarted = (now - startedNanos) / 1e9;
        assertTrue(frames >= (sinceStarted - 2) * FPS, frames + " frames in " + sinceStarted + " s; "
                + service.status());
        byte[] first = raw.first();
        assertEquals(-1, first[3], "opaque");
        long lit = 0;
        for (int i = 0; i < first.length; i += 4) {
            lit += (first[i] & 0xFF) + (first[i + 1] & 0xFF) + (first[i + 2] & 0xFF) > 120 ? 1 : 0;
        }
        assertTrue(lit > WIDTH * HEIGHT / 50, "the frame shows the globe: " + lit + " bright pixels");
    }

    private static List<Path> listPngs(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static long value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\d+)$").matcher(metrics);
        assertTrue(m.find(), series + " missing");
        return Long.parseLong(m.group(1));
    }

    private static HttpRequest request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.build();
    }

    private static HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return HTTP.send(request(path, token), HttpResponse.BodyHandlers.ofString());
    }

    static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(20);
        }
    }

    /** Counts what the raw-frame writer sends, keeping the first frame. */
    private static final class RawFrames extends OutputStream {
        private final int frameBytes;
        private byte[] first;
        private long bytes;

        RawFrames(int frameBytes) {
            this.frameBytes = frameBytes;
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (first == null && len == frameBytes) {
                first = java.util.Arrays.copyOfRange(b, off, off + len);
            }
            bytes += len;
        }

        @Override
        public void write(int b) {
            throw new UnsupportedOperationException("frames are written whole");
        }

        synchronized long bytes() {
            return bytes;
        }

        synchronized long frames() {
            return bytes / frameBytes;
        }

        synchronized byte[] first() {
            return first;
        }
    }
}
