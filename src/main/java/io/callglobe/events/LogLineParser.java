package io.callglobe.events;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** Reads a log's lines in order and parses them, recording the lines it rejects. Single-threaded. */
final class LogLineParser implements Closeable {

    private final LineSplitter lines;
    private final EventParser parser;
    private final EventProblems problems;
    private long lineNumber;
    private IOException unreadable;
    private boolean ended;

    LogLineParser(InputStream in, EventParser parser, EventProblems problems) {
        this.lines = new LineSplitter(in);
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * Fills {@code events} from the front and returns how many it filled: fewer than its length at the end of the
     * log (see {@link #ended()}), or when the events read so far would otherwise wait for a quiet source, such as
     * a pipe between two bursts, to send more.
     */
    int fill(CallEvent[] events) {
        int size = 0;
        while (size < events.length && (size == 0 || lines.hasLineWithoutWaiting()) && nextLine()) {
            lineNumber++;
            if (lines.tooLong()) {
                problems.record(ProblemKind.MALFORMED_LINE, lineNumber,
                        "line longer than " + LineSplitter.MAX_LINE_BYTES + " bytes");
            } else if (!lines.isBlank()) {
                ParseResult result = parser.parse(lines.bytes(), lines.start(), lines.length(), lineNumber);
                if (result instanceof ParseResult.Parsed parsed) {
                    events[size++] = parsed.event();
                } else {
                    ParseResult.Rejected rejected = (ParseResult.Rejected) result;
                    problems.record(rejected.kind(), lineNumber, rejected.detail());
                }
            }
        }
        return size;
    }

    /** True once the log was read to its end, or as far as it was readable. */
    boolean ended() {
        return ended;
    }

    /** Why the log ended early, such as a truncated gzip stream; null when it was read to its end. */
    IOException unreadable() {
        return unreadable;
    }

    private boolean nextLine() {
        if (unreadable != null) {
            return false;
        }
        try {
            ended = !lines.next();
        } catch (IOException e) {
            unreadable = e;
            ended = true;
        }
        return !ended;
    }

    /** Lines read so far, blank and rejected ones included. */
    long linesRead() {
        return lineNumber;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
