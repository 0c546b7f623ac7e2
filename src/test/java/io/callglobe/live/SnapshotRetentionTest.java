package io.callglobe.live;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotRetentionTest {
    private static final Instant NEWEST = Instant.parse("2026-12-03T09:00:00Z");

    @TempDir
    Path dir;

    @Test
    void deletesOnlySnapshotsOlderThanTheSpanBeforeTheNewest() throws IOException {
        for (int daysAgo : new int[] {0, 1, 6, 7, 8, 30}) {
            Files.writeString(dir.resolve(SnapshotSchedule.fileName(NEWEST.minus(Duration.ofDays(daysAgo)))), "png");
        }
        // Not ours by name, however old: a user's own files, and a temporary file of a write in progress.
        List<String> others = List.of("callglobe-logo.png", "notes.txt", ".callglobe-2026-11-01T09-00-00Z.png.1.part",
                "callglobe-2026-11-01T09-00-00Z.png.bak");
        for (String other : others) {
            Files.writeString(dir.resolve(other), "not a snapshot");
        }

        int deleted = new SnapshotRetention(dir, Duration.ofDays(7)).deleteOlderThanKept(NEWEST);

        assertEquals(2, deleted);
        List<String> expected = Stream.concat(others.stream(), Stream.of(0, 1, 6, 7)
                .map(daysAgo -> SnapshotSchedule.fileName(NEWEST.minus(Duration.ofDays(daysAgo))))).sorted().toList();
        assertEquals(expected, names());
    }

    @Test
    void aMissingFolderIsLoggedNotThrown() {
        assertEquals(0, new SnapshotRetention(dir.resolve("gone"), Duration.ofDays(1)).deleteOlderThanKept(NEWEST));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
