package io.callglobe.events;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Streams the events of a JSON Lines log, in file order, one line at a time. Gzipped logs are recognised by their
 * magic bytes whatever their name. Lines that do not parse are skipped and recorded in {@link EventProblems};
 * blank lines are ignored. A log that cannot be read to its end (a truncated gzip file) ends early, recorded as a
 * malformed line.
 */
public final class EventLogReader implements Iterator<CallEvent>, Closeable {

    /** The source name that means standard input. */
    public static final String STDIN = "-";

    private static final int GZIP_MAGIC_FIRST = 0x1f;
    private static final int GZIP_MAGIC_SECOND = 0x8b;

    private final LineSplitter lines;
    private final EventParser parser;
    private final EventProblems problems;
    private long lineNumber;
    private CallEvent next;
    private boolean exhausted;

    private EventLogReader(InputStream raw, EventParser parser, EventProblems problems) throws IOException {
        this.lines = new LineSplitter(decompressIfGzipped(raw));
        this.parser = parser;
        this.problems = problems;
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
        if (next == null && !exhausted) {
            next = readNextEvent();
            exhausted = next == null;
        }
        return next != null;
    }

    @Override
    public CallEvent next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CallEvent event = next;
        next = null;
        return event;
    }

    /** The event {@link #next()} would return, without consuming it; null at the end of the log. */
    public CallEvent peek() {
        return hasNext() ? next : null;
    }

    /** The number of lines read so far, blank and rejected ones included. */
    public long linesRead() {
        return lineNumber;
    }

    private CallEvent readNextEvent() {
        try {
            while (lines.next()) {
                lineNumber++;
                if (lines.tooLong()) {
                    problems.record(ProblemKind.MALFORMED_LINE, lineNumber,
                            "line longer than " + LineSplitter.MAX_LINE_BYTES + " bytes");
                    continue;
                }
                if (lines.isBlank()) {
                    continue;
                }
                ParseResult result = parser.parse(lines.bytes(), lines.start(), lines.length(), lineNumber);
                if (result instanceof ParseResult.Parsed parsed) {
                    return parsed.event();
                }
                ParseResult.Rejected rejected = (ParseResult.Rejected) result;
                problems.record(rejected.kind(), lineNumber, rejected.detail());
            }
            return null;
        } catch (IOException e) {
            // A truncated or corrupt gzip stream is bad input like any other: keep what was read, report the rest.
            problems.record(ProblemKind.MALFORMED_LINE, lineNumber + 1, "log unreadable from here on: " + e);
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
