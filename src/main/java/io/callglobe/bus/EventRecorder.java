package io.callglobe.bus;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends the events an {@link EventSubscriber} receives to JSON Lines logs, each message's line as it came, so
 * that {@code render} can replay them: to one file, or to one file a day ({@code calls-YYYY-MM-DD.jsonl}, the UTC
 * day of the event's timestamp, or of its receipt when the event could not be parsed).
 *
 * <p>Lines are flushed to the files every second and on {@link #close()}; a line is acknowledged on the bus once
 * it is written here, so a process killed outright loses at most the last second.
 */
public final class EventRecorder implements EventHandler, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);
    private static final long FLUSH_EVERY_MILLIS = 1_000;
    /** Today's and yesterday's file stay open, for events that arrive late around midnight. */
    private static final int OPEN_FILES_AT_MOST = 2;
    static final String DAILY_PREFIX = "calls-";
    static final String DAILY_SUFFIX = ".jsonl";

    private final Function<ReceivedEvent, Path> placement;
    private final DailyLogRetention retention;
    private LocalDate newestDay = LocalDate.MIN;
    private final Map<Path, LineFile> open = new LinkedHashMap<>(4, 0.75f, true);
    private final Set<Path> written = new LinkedHashSet<>();
    private final ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "callglobe-recorder-flush");
        thread.setDaemon(true);
        return thread;
    });
    private long lines;
    private boolean closed;

    private EventRecorder(Function<ReceivedEvent, Path> placement, DailyLogRetention retention) {
        this.placement = placement;
        this.retention = retention;
        flusher.scheduleWithFixedDelay(this::flushQuietly, FLUSH_EVERY_MILLIS, FLUSH_EVERY_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Appends to one file, gzipped if its name ends in .gz; opens it now, so a bad path fails at once. */
    public static EventRecorder toFile(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        EventRecorder recorder = new EventRecorder(event -> target, null);
        try {
            recorder.fileFor(target);
        } catch (IOException e) {
            recorder.close();
            throw e;
        }
        return recorder;
    }

    /** Appends to one file a UTC day in {@code dir}, created if absent, and keeps every day's file. */
    public static EventRecorder daily(Path dir) throws IOException {
        return daily(dir, 0);
    }

    /**
     * As {@link #daily(Path)}; with {@code keepDays} of 1 or more, whenever events reach a newer day the files
     * of days more than that many days before it are deleted.
     */
    public static EventRecorder daily(Path dir, int keepDays) throws IOException {
        Path target = dir.toAbsolutePath();
        Files.createDirectories(target);
        return new EventRecorder(event -> dailyFile(target, dayOf(event)),
                keepDays == 0 ? null : new DailyLogRetention(target, keepDays));
    }

    /** Where {@link #daily} puts the events of a day. */
    public static Path dailyFile(Path dir, LocalDate day) {
        return dir.resolve(DAILY_PREFIX + day + DAILY_SUFFIX);
    }

    @Override
    public synchronized void handle(ReceivedEvent event) throws IOException {
        if (closed) {
            throw new IOException("the recorder is closed");
        }
        fileFor(placement.apply(event)).write(event.line());
        lines++;
        if (retention != null) {
            LocalDate day = dayOf(event);
            if (day.isAfter(newestDay)) {
                newestDay = day;
                retention.deleteOlderThanKept(day);
            }
        }
    }

    public synchronized void flush() throws IOException {
        for (LineFile file : open.values()) {
            file.flush();
        }
    }

    public synchronized long linesWritten() {
        return lines;
    }

    /** The files opened for appending, in the order they were first opened. */
    public synchronized List<Path> files() {
        return new ArrayList<>(written);
    }

    @Override
    public void close() throws IOException {
        flusher.shutdownNow();
        synchronized (this) {
            closed = true;
            IOException first = null;
            for (Iterator<LineFile> files = open.values().iterator(); files.hasNext(); ) {
                try {
                    files.next().close();
                } catch (IOException e) {
                    first = first == null ? e : first;
                }
                files.remove();
            }
            if (first != null) {
                throw first;
            }
        }
    }

    private LineFile fileFor(Path path) throws IOException {
        LineFile file = open.get(path);
        if (file == null) {
            if (open.size() >= OPEN_FILES_AT_MOST) {
                Iterator<LineFile> eldest = open.values().iterator();
                LineFile retired = eldest.next();
                eldest.remove();
                retired.close();
            }
            file = LineFile.append(path);
            open.put(path, file);
            written.add(path);
        }
        return file;
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (IOException e) {
            LOG.warn("could not flush the recorded events: {}", e.getMessage());
        }
    }

    private static LocalDate dayOf(ReceivedEvent event) {
        Instant when = event.event() != null ? event.event().timestamp() : event.receivedAt();
        return LocalDate.ofInstant(when, ZoneOffset.UTC);
    }
}
