package io.callglobe.events;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * Streams the events of a JSON Lines log, in file order. Gzipped logs are recognised by their magic bytes
 * whatever their name. Lines that do not parse are skipped and recorded in {@link EventProblems}; blank lines are
 * ignored. A log that cannot be read to its end (a truncated gzip file) ends early, recorded as a malformed line.
 *
 * <p>Decompression and parsing run on a thread of their own, a few batches ahead of the consumer, so a replay's
 * call state and rendering overlap with them; problems are therefore recorded slightly ahead of the events the
 * consumer has taken. Iterate from one thread, and close the reader to stop its thread.
 */
public final class EventLogReader implements Iterator<CallEvent>, Closeable {

    /** The source name that means standard input. */
    public static final String STDIN = "-";

    private static final int GZIP_MAGIC_FIRST = 0x1f;
    private static final int GZIP_MAGIC_SECOND = 0x8b;
    private static final int BATCH_EVENTS = 512;
    private static final int BATCHES_AHEAD = 8;

    /** Events parsed ahead; {@code last} marks the end of the log, {@code failure} a bug on the parsing thread. */
    private record Batch(CallEvent[] events, int size, long linesRead, boolean last, RuntimeException failure) {
    }

    private final LogLineParser lines;
    private final EventProblems problems;
    private final BlockingQueue<Batch> parsed = new ArrayBlockingQueue<>(BATCHES_AHEAD);
    private final Thread parsing;
    private volatile boolean closed;
    private Batch batch;
    private int index;

    private EventLogReader(InputStream raw, EventParser parser, EventProblems problems) throws IOException {
        this.lines = new LogLineParser(decompressIfGzipped(raw), parser, problems);
        this.problems = problems;
        parsing = new Thread(this::parseAll, "event-log-parser");
        parsing.setDaemon(true);
        parsing.start();
    }

    /** Opens a log file, or standard input when {@code source} is {@value #STDIN}. */
    public static EventLogReader open(String source, EventParser parser, EventProblems problems) throws IOException {
        if (STDIN.equals(source)) {
            return open(System.in, parser, problems);
        }
        return open(Files.newInputStream(Path.of(source)), parser, problems);
    }

    /** Reads a log from a stream, which the reader closes when it is closed. */
    public static EventLogReader open(InputStream in, EventParser parser, EventProblems problems) throws IOException {
        return new EventLogReader(in, parser, problems);
    }

    private static InputStream decompressIfGzipped(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == GZIP_MAGIC_FIRST && second == GZIP_MAGIC_SECOND ? new GZIPInputStream(in, 1 << 16) : in;
    }

    @Override
    public boolean hasNext() {
        while (batch == null || index == batch.size()) {
            if (batch != null && batch.last()) {
                return false;
            }
            batch = takeBatch();
            index = 0;
        }
        return true;
    }

    @Override
    public CallEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.events()[index++];
    }

    /** The event {@link #next()} would return, without consuming it; null at the end of the log. */
    public CallEvent peek() {
        return hasNext() ? batch.events()[index] : null;
    }

    /** The number of lines read up to the next event, or all of them at the end; blank and rejected ones included. */
    public long linesRead() {
        if (batch == null) {
            return 0;
        }
        return index < batch.size() ? batch.events()[index].lineNumber() : batch.linesRead();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        parsing.interrupt();
        try {
            // The parser stops at once unless it is blocked reading a slow source, such as an idle stdin.
            parsing.join(TimeUnit.SECONDS.toMillis(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lines.close();
    }

    private Batch takeBatch() {
        Batch next;
        try {
            next = parsed.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the log's next events", e);
        }
        if (next.failure() != null) {
            throw new IllegalStateException("reading the log failed", next.failure());
        }
        return next;
    }

    private void parseAll() {
        try {
            boolean last = false;
            while (!last) {
                CallEvent[] events = new CallEvent[BATCH_EVENTS];
                int size = lines.fill(events);
                last = lines.ended();
                if (last && lines.unreadable() != null && !closed) {
                    // A truncated or corrupt gzip stream is bad input like any other: keep what was read.
                    problems.record(ProblemKind.MALFORMED_LINE, lines.linesRead() + 1,
                            "log unreadable from here on: " + lines.unreadable());
                }
                parsed.put(new Batch(events, size, lines.linesRead(), last, null));
            }
        } catch (InterruptedException e) {
            // Closed while parsing ahead.
        } catch (RuntimeException e) {
            handOverFailure(e);
        } finally {
            closeQuietly();
        }
    }

    private void handOverFailure(RuntimeException failure) {
        try {
            parsed.put(new Batch(new CallEvent[0], 0, lines.linesRead(), true, failure));
        } catch (InterruptedException e) {
            // Closed meanwhile: nobody is waiting.
        }
    }

    private void closeQuietly() {
        try {
            lines.close();
        } catch (IOException e) {
            // Everything needed was read; a source that fails to close loses nothing.
        }
    }
}
