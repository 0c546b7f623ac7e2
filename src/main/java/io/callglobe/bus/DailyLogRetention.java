package io.callglobe.bus;

import io.callglobe.retention.DatedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a folder of daily recordings from filling the disk over months: the files of days more than a number
 * of days before the newest are deleted. Only files named as {@link EventRecorder#dailyFile} names them (and
 * their gzipped copies) are touched.
 */
final class DailyLogRetention {
    private static final Logger LOG = LoggerFactory.getLogger(DailyLogRetention.class);
    private static final Pattern DAILY_FILE = Pattern.compile(Pattern.quote(EventRecorder.DAILY_PREFIX)
            + "(\\d{4}-\\d{2}-\\d{2})" + Pattern.quote(EventRecorder.DAILY_SUFFIX) + "(?:\\.gz)?");
    /** The daily files and their gzipped copies, and possibly other names: {@link #DAILY_FILE} tells them apart. */
    private static final String DAILY_GLOB = EventRecorder.DAILY_PREFIX + "*" + EventRecorder.DAILY_SUFFIX + "*";

    private final Path directory;
    private final int days;

    /** @param days how many days before the newest are kept besides it; at least 1, for late events */
    DailyLogRetention(Path directory, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("recordings are kept by whole days: at least 1, was " + days);
        }
        this.directory = directory;
        this.days = days;
    }

    /** Deletes the recordings of the days before {@code newest} minus the days kept; returns how many went. */
    int deleteOlderThanKept(LocalDate newest) {
        LocalDate oldestKept = newest.minusDays(days);
        int deleted = DatedFiles.deleteBefore(directory, DAILY_GLOB, DailyLogRetention::dayOf, oldestKept);
        if (deleted > 0) {
            LOG.info("Deleted {} recordings in {} of days before {}", deleted, directory, oldestKept);
        }
        return deleted;
    }

    private static Optional<LocalDate> dayOf(String fileName) {
        Matcher name = DAILY_FILE.matcher(fileName);
        try {
            return name.matches() ? Optional.of(LocalDate.parse(name.group(1))) : Optional.empty();
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }
}
