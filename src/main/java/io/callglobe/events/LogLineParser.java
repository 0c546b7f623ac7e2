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
    private EventParser.LineRun run;
    private long runRefills;

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
                ParseResult result = parse();
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

    /** The current line, parsed in the running {@link EventParser.LineRun} where it can take it. */
    private ParseResult parse() {
        byte[] bytes = lines.bytes();
        int start = lines.start();
        int length = lines.length();
        if (run == null || runRefills != lines.refills() || !run.canTake(bytes, start, length)) {
            closeRun();
            run = parser.run(bytes, start, lines.bufferedLinesEnd());
            runRefills = lines.refills();
        }
        ParseResult result = run.parseNext(start, length, lineNumber);
        return result != null ? result : parser.parse(bytes, start, length, lineNumber);
    }

    private void closeRun() {
        if (run != null) {
            try {
                run.close();
            } catch (IOException e) {
                // A parser over bytes in memory has nothing to release that can fail.
            }
            run = null;
        }
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
        closeRun();
        lines.close();
    }
}
