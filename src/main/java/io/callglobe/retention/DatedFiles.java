package io.callglobe.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Deletes the files of a folder whose names carry a date or time before a limit, so that what a long-running
 * service writes does not fill the disk over months. Ages come from the names, not from the files' times, and a
 * name that carries none is never touched: the folder may hold the user's own files.
 */
public final class DatedFiles {
    private static final Logger LOG = LoggerFactory.getLogger(DatedFiles.class);

    private DatedFiles() {
    }

    /**
     * @param glob      the names to look at, e.g. {@code calls-*.jsonl*}
     * @param dateOf    the date or time a name carries; empty for a name of another kind
     * @return how many files were deleted; a folder that cannot be listed is logged and counts none
     */
    public static <T extends Comparable<? super T>> int deleteBefore(Path directory, String glob,
                                                                    Function<String, Optional<T>> dateOf, T limit) {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, glob)) {
            for (Path file : files) {
                Optional<T> date = dateOf.apply(file.getFileName().toString());
                if (date.isPresent() && date.get().compareTo(limit) < 0 && Files.deleteIfExists(file)) {
                    deleted++;
                    LOG.debug("Deleted {}, dated before {}", file, limit);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOG.warn("Cannot delete old files in {}: {}", directory, e.toString());
        }
        return deleted;
    }
}
