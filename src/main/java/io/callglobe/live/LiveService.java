package io.callglobe.live;

import io.callglobe.calls.CallStats;
import io.callglobe.events.EventProblems;
import io.callglobe.events.ProblemKind;
import io.callglobe.geo.PhoneLocator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * The wall display: call events from a {@link LiveEventSource} drawn on the globe in real time, and the frames
 * served over HTTP, piped out raw and saved on a schedule.
 *
 * <p>Threads: the source delivers on its own; the render thread applies events and draws; the JPEG encoder, the
 * HTTP workers, the raw-frame writer and the snapshot writer each take the newest frame at their own pace, so
 * none of them can hold up rendering. {@link #close()} stops them in order and leaves no half-written file.
 */
public final class LiveService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveService.class);
    private static final Set<ProblemKind> UNREADABLE =
            EnumSet.of(ProblemKind.MALFORMED_LINE, ProblemKind.UNKNOWN_EVENT_TYPE, ProblemKind.INVALID_FIELD);

    private final LiveEventSource source;
    private final EventProblems problems;
    private final Instant startedAt;
    private final long startedNanos = System.nanoTime();
    private final EventInbox inbox = new EventInbox();
    private final LatestFrame frames;
    private final RenderLoop renderLoop;
    private final JpegStream stream;
    private final LiveHttpServer http;
    private final RawFrameWriter raw;
    private final SnapshotWriter snapshots;
    private volatile String stopReason;
    private boolean closed;

    private LiveService(LiveSettings settings, LiveEventSource source, EventProblems problems, PhoneLocator locator,
                        Clock clock) {
        this.source = source;
        this.problems = problems;
        this.startedAt = clock.instant();
        frames = new LatestFrame(settings.render().width(), settings.render().height());
        renderLoop = new RenderLoop(settings, inbox, source, frames, clock, locator, problems);
        LiveSettings.HttpOptions httpOptions = settings.http();
        stream = httpOptions == null ? null
                : new JpegStream(frames, httpOptions.jpegQuality(), httpOptions.maxStreamClients());
        http = httpOptions == null ? null : new LiveHttpServer(httpOptions, frames, stream, this::status);
        raw = settings.rawFrames() == null ? null
                : new RawFrameWriter(frames, settings.rawFrames(), () -> stopReason = "the raw frame reader went away");
        LiveSettings.SnapshotOptions snapshotOptions = settings.snapshots();
        snapshots = snapshotOptions == null ? null
                : new SnapshotWriter(snapshotOptions.schedule(), snapshotOptions.directory(),
                        snapshotOptions.keep(), frames, clock);
    }

    /**
     * Starts the source (its events wait in the inbox), replays the bootstrap logs, then goes live and opens the
     * outputs. On failure everything started is stopped again.
     *
     * @param problems where the source and the tracker count bad or odd input
     */
    public static LiveService start(LiveSettings settings, LiveEventSource source, EventProblems problems,
                                    PhoneLocator locator, Clock clock) throws IOException, InterruptedException {
        if (settings.snapshots() != null) {
            Files.createDirectories(settings.snapshots().directory());
        }
        LiveService service = new LiveService(settings, source, problems, locator, clock);
        try {
            service.startParts();
        } catch (IOException | InterruptedException | RuntimeException e) {
            service.close();
            throw e;
        }
        return service;
    }

    private void startParts() throws IOException, InterruptedException {
        source.start(inbox);
        renderLoop.start();
        if (stream != null) {
            stream.start();
            http.start();
        }
        if (raw != null) {
            raw.start();
        }
        if (snapshots != null) {
            snapshots.start();
        }
        LOG.info("Live from {}", source.description());
    }

    /** The HTTP address bound (the real port when 0 was asked for), or null when not serving. */
    public InetSocketAddress httpAddress() {
        return http == null ? null : http.address();
    }

    /** False once rendering failed or an output asked to stop; {@link #stopReason()} says why. */
    public boolean running() {
        return stopReason == null && renderLoop.running();
    }

    /** Why the service stopped on its own, or null while it runs. */
    public String stopReason() {
        Throwable failure = renderLoop.failure();
        if (failure != null) {
            return "rendering failed: " + failure;
        }
        return stopReason;
    }

    public LiveStatus status() {
        CallStats calls = renderLoop.calls();
        long bad = 0;
        for (ProblemKind kind : UNREADABLE) {
            bad += problems.count(kind);
        }
        return new LiveStatus(startedAt, Duration.ofNanos(System.nanoTime() - startedNanos), source.description(),
                source.connected(), inbox.received(), bad, calls.ringing(), calls.inCall(),
                renderLoop.framesRendered(), renderLoop.framesDropped(), stream == null ? 0 : stream.clients(),
                snapshots == null ? 0 : snapshots.written());
    }

    /**
     * Stops taking events, lets the frame in progress finish, ends the viewers' streams and the HTTP server,
     * finishes a snapshot being written and the raw frames, and closes the renderer. Idempotent.
     */
    @Override
    public synchronized void close() throws InterruptedException {
        if (closed) {
            return;
        }
        closed = true;
        source.close();
        renderLoop.stop();
        if (stream != null) {
            stream.close();
        }
        if (http != null) {
            http.stop();
        }
        if (snapshots != null) {
            snapshots.stop();
        }
        if (raw != null) {
            raw.finish();
        }
        LiveStatus last = status();
        LOG.info("Live display stopped after {} s: {} events, {} frames, {} dropped", last.uptime().toSeconds(),
                last.events(), last.frames(), last.framesDropped());
    }
}
