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

    LogLineParser(InputStream in, EventParser parser, EventProblems problems) {
        this.lines = new LineSplitter(in);
        this.parser = parser;
        this.problems = problems;
    }

    /**
     * Fills {@code events} from the front; fewer than its length only at the end of the log, or where it became
     * unreadable (see {@link #unreadable()}).
     */
    int fill(CallEvent[] events) {
        int size = 0;
        while (size < events.length && nextLine()) {
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

    /** Why the log ended early, such as a truncated gzip stream; null when it was read to its end. */
    IOException unreadable() {
        return unreadable;
    }

    private boolean nextLine() {
        if (unreadable != null) {
            return false;
        }
        try {
            return lines.next();
        } catch (IOException e) {
            unreadable = e;
            return false;
        }
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
