package io.callglobe.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.callglobe.encode.PngFrameWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The live display over HTTP, on the JDK's built-in server: {@code /} the kiosk page, {@code /stream.mjpg} the
 * MJPEG stream, {@code /snapshot.png} the newest frame, {@code /healthz} liveness and {@code /metrics} for
 * Prometheus. With a token, every endpoint but /healthz requires it.
 */
final class LiveHttpServer {
    private static final Logger LOG = LoggerFactory.getLogger(LiveHttpServer.class);
    private static final String BOUNDARY = "callglobe-frame";
    private static final byte[] CRLF = {'\r', '\n'};
    /** Threads beyond the stream viewers', so pages, snapshots and metrics are served while the stream is full. */
    private static final int SPARE_THREADS = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveSettings.HttpOptions options;
    private final LatestFrame frames;
    private final JpegStream stream;
    private final Supplier<LiveStatus> status;
    private final AccessToken token;
    private final byte[] kioskPage;
    private final ThreadPoolExecutor workers;
    private HttpServer server;

    LiveHttpServer(LiveSettings.HttpOptions options, LatestFrame frames, JpegStream stream,
                   Supplier<LiveStatus> status) {
        this.options = options;
        this.frames = frames;
        this.stream = stream;
        this.status = status;
        this.token = new AccessToken(options.token());
        this.kioskPage = resource("/live/kiosk.html");
        int threads = options.maxStreamClients() + SPARE_THREADS;
        AtomicInteger numbers = new AtomicInteger();
        workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "callglobe-http-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        workers.allowCoreThreadTimeOut(true);
    }

    void start() throws IOException {
        try {
            server = HttpServer.create(options.address(), 0);
        } catch (BindException e) {
            throw new IOException("cannot listen on " + options.address() + ": " + e.getMessage(), e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(workers);
        server.start();
    }

    /** The address bound, with the real port when port 0 was asked for. */
    InetSocketAddress address() {
        return server.getAddress();
    }

    /** Closes the listener and the connections left; the MJPEG stream must be closed first to end its viewers. */
    void stop() throws InterruptedException {
        if (server != null) {
            server.stop(1);
        }
        workers.shutdownNow();
        workers.awaitTermination(5, TimeUnit.SECONDS);
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                text(exchange, 405, "method not allowed\n");
            } else if (!path.equals("/healthz") && !token.allows(exchange)) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"callglobe\"");
                text(exchange, 401, "a token is required: Authorization: Bearer TOKEN, or ?token=TOKEN\n");
            } else {
                switch (path) {
                    case "/" -> kiosk(exchange);
                    case "/stream.mjpg" -> stream(exchange);
                    case "/snapshot.png" -> snapshot(exchange);
                    case "/healthz" -> health(exchange);
                    case "/metrics" -> send(exchange, 200, MetricsText.CONTENT_TYPE,
                            MetricsText.format(status.get()).getBytes(StandardCharsets.UTF_8));
                    default -> text(exchange, 404, "not found\n");
                }
            }
        } catch (IOException e) {
            LOG.debug("HTTP client went away: {}", e.toString());
        } catch (RuntimeException e) {
            LOG.warn("HTTP request failed", e);
        }
    }

    private void kiosk(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        // Everything the page needs is in it or on this server.
        headers.set("Content-Security-Policy", "default-src 'self'; style-src 'unsafe-inline'; "
                + "script-src 'unsafe-inline'");
        headers.set("Referrer-Policy", "no-referrer");
        send(exchange, 200, "text/html; charset=utf-8", kioskPage);
    }

    private void stream(HttpExchange exchange) throws IOException {
        if (!stream.join()) {
            text(exchange, 503, "the stream has its maximum of " + options.maxStreamClients() + " viewers\n");
            return;
        }
        try {
            Headers headers = exchange.getResponseHeaders();
            headers.set("Content-Type", "multipart/x-mixed-replace; boundary=" + BOUNDARY);
            headers.set("Cache-Control", "no-store");
            if (exchange.getRequestMethod().equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, 0);
            OutputStream body = exchange.getResponseBody();
            long seen = -1;
            for (JpegStream.Jpeg jpeg = stream.awaitNewer(seen); jpeg != null; jpeg = stream.awaitNewer(seen)) {
                body.write(("--" + BOUNDARY + "\r\nContent-Type: image/jpeg\r\nContent-Length: "
                        + jpeg.bytes().length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                body.write(jpeg.bytes());
                body.write(CRLF);
                body.flush();
                seen = jpeg.slot();
            }
            body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        } finally {
            stream.leave();
        }
    }

    private void snapshot(HttpExchange exchange) throws IOException {
        byte[] rgba = new byte[frames.bytes()];
        if (frames.copyLatest(rgba) < 0) {
            text(exchange, 503, "no frame rendered yet\n");
            return;
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 18);
        PngFrameWriter.write(ByteBuffer.wrap(rgba), frames.width(), frames.height(), png);
        send(exchange, 200, "image/png", png.toByteArray());
    }

    private void health(HttpExchange exchange) throws IOException {
        LiveStatus now = status.get();
        Map<String, Object> health = new LinkedHashMap<>();
        health.put("status", now.sourceConnected() ? "ok" : "degraded");
        health.put("started", now.startedAt().toString());
        health.put("uptime_seconds", now.uptime().toSeconds());
        health.put("source", now.source());
        health.put("broker_connected", now.sourceConnected());
        health.put("events", now.events());
        health.put("bad_events", now.badEvents());
        health.put("ringing", now.ringing());
        health.put("in_call", now.inCall());
        health.put("frames", now.frames());
        health.put("frames_dropped", now.framesDropped());
        health.put("stream_clients", now.streamClients());
        health.put("snapshots_written", now.snapshotsWritten());
        send(exchange, 200, "application/json", JSON.writeValueAsBytes(health));
    }

    private static void text(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", message.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = LiveHttpServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
