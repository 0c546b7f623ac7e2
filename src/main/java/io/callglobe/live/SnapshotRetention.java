package io.callglobe.live;

import io.callglobe.retention.DatedFiles;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a snapshot folder from filling the disk over months: snapshots older than the newest by more than a
 * span are deleted. Only files named as {@link SnapshotSchedule#fileName} names them are touched.
 */
final class SnapshotRetention {
    private final Path directory;
    private final Duration keep;

    SnapshotRetention(Path directory, Duration keep) {
        this.directory = directory;
        this.keep = keep;
    }

    /** Deletes the snapshots taken before {@code newest} minus the span kept; returns how many went. */
    int deleteOlderThanKept(Instant newest) {
        return DatedFiles.deleteBefore(directory, SnapshotSchedule.FILE_GLOB, SnapshotSchedule::scheduledInstant,
                newest.minus(keep));
    }
}
