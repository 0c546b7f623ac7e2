package io.callglobe.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps a snapshot folder from filling the disk over months: snapshots older than the newest by more than a
 * span are deleted. Only files named as {@link SnapshotSchedule#fileName} names them are touched; ages come
 * from those names, so a file copied in or touched later keeps its place.
 */
final class SnapshotRetention {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotRetention.class);

    private final Path directory;
    private final Duration keep;

    SnapshotRetention(Path directory, Duration keep) {
        this.directory = directory;
        this.keep = keep;
    }

    /** Deletes the snapshots taken before {@code newest} minus the span kept; returns how many went. */
    int deleteOlderThanKept(Instant newest) {
        Instant oldestKept = newest.minus(keep);
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "callglobe-*.png")) {
            for (Path file : files) {
                Optional<Instant> taken = SnapshotSchedule.scheduledInstant(file.getFileName().toString());
                if (taken.isPresent() && taken.get().isBefore(oldestKept) && Files.deleteIfExists(file)) {
                    deleted++;
                    LOG.debug("Deleted snapshot {}, older than {}", file, oldestKept);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.warn("Cannot delete old snapshots in {}: {}", directory, e.toString());
        }
        return deleted;
    }
}
