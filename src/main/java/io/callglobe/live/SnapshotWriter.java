package io.callglobe.live;

import io.callglobe.encode.PngFrameWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Writes the newest frame as a PNG at every time of a {@link SnapshotSchedule}, on a thread of its own. Files
 * appear atomically; stopping lets a write in progress finish. Old snapshots go only after a new one is written,
 * so a folder that cannot be written to keeps what it has.
 */
final class SnapshotWriter {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);

    private final SnapshotSchedule schedule;
    private final Path directory;
    private final SnapshotRetention retention;
    private final LatestFrame frames;
    private final Clock clock;
    private final byte[] rgba;
    private final Thread thread;
    private boolean stopping;
    private long written;

    /** @param keep how long a snapshot is kept, by the schedule's time; null keeps them all */
    SnapshotWriter(SnapshotSchedule schedule, Path directory, Duration keep, LatestFrame frames, Clock clock) {
        this.schedule = schedule;
        this.directory = directory;
        this.retention = keep == null ? null : new SnapshotRetention(directory, keep);
        this.frames = frames;
        this.clock = clock;
        this.rgba = new byte[frames.bytes()];
        this.thread = new Thread(this::run, "callglobe-snapshots");
    }

    void start() {
        thread.start();
    }

    private void run() {
        Instant previous = Instant.MIN;
        try {
            while (true) {
                Instant now = clock.instant();
                Optional<Instant> next = schedule.nextAfter(now.isAfter(previous) ? now : previous);
                if (next.isEmpty()) {
                    LOG.warn("Snapshot schedule {} never fires again; no more snapshots", schedule);
                    return;
                }
                if (!sleepUntil(next.get())) {
                    return;
                }
                write(next.get());
                previous = next.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** False once asked to stop. */
    private synchronized boolean sleepUntil(Instant due) throws InterruptedException {
        long millis;
        while (!stopping && (millis = Duration.between(clock.instant(), due).toMillis()) > 0) {
            wait(millis);
        }
        return !stopping;
    }

    private void write(Instant scheduled) {
        if (frames.copyLatest(rgba) < 0) {
            LOG.warn("No frame rendered yet at {}: snapshot skipped", scheduled);
            return;
        }
        Path file = directory.resolve(SnapshotSchedule.fileName(scheduled));
        try {
            PngFrameWriter.write(ByteBuffer.wrap(rgba), frames.width(), frames.height(), file);
            synchronized (this) {
                written++;
            }
            LOG.debug("Wrote snapshot {}", file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot write snapshot {}: {}", file, e.toString());
            return;
        }
        if (retention != null) {
            retention.deleteOlderThanKept(scheduled);
        }
    }

    synchronized long written() {
        return written;
    }

    /** Stops scheduling; a snapshot being written is finished first. */
    void stop() throws InterruptedException {
        synchronized (this) {
            stopping = true;
            notifyAll();
        }
        thread.join();
    }
}
