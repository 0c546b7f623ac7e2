package io.callglobe.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLogReaderTest {

    static final Path BAD_LINES = Path.of("samples/bad-lines.jsonl");

    private final EventParser parser = new EventParser();
    private final EventProblems problems = new EventProblems();

    @Test
    void yieldsTheGoodEventsOfTheBadLinesSampleInFileOrderAndRecordsTheRest() throws IOException {
        List<CallEvent> events = readAll(EventLogReader.open(BAD_LINES.toString(), parser, problems));

        assertEquals(List.of(1L, 2L, 5L, 8L, 9L, 10L, 12L, 13L, 14L, 15L, 16L),
                events.stream().map(CallEvent::lineNumber).toList());
        assertEquals(List.of(3L), problems.firstLines(ProblemKind.MALFORMED_LINE));
        assertEquals(List.of(4L), problems.firstLines(ProblemKind.UNKNOWN_EVENT_TYPE));
        assertEquals(List.of(6L, 11L), problems.firstLines(ProblemKind.INVALID_FIELD));
        assertEquals(4, problems.total());
    }

    @Test
    void recognisesGzipByItsMagicBytesWhateverTheFileName(@TempDir Path dir) throws IOException {
        Path disguised = dir.resolve("events.log");
        Files.write(disguised, gzip(Files.readAllBytes(BAD_LINES)));

        List<CallEvent> events = readAll(EventLogReader.open(disguised.toString(), parser, problems));

        assertEquals(11, events.size());
        assertEquals(4, problems.total());
    }

    @Test
    void aTruncatedGzipLogKeepsWhatWasReadAndReportsTheRest() throws IOException {
        String goodLine = Files.readAllLines(BAD_LINES).get(0);
        byte[] whole = gzip((goodLine + "\n").repeat(20_000).getBytes(StandardCharsets.UTF_8));
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);

        List<CallEvent> events = readAll(EventLogReader.open(new ByteArrayInputStream(truncated), parser, problems));

        assertTrue(events.size() > 1_000 && events.size() < 20_000, "events read: " + events.size());
        assertEquals(1, problems.count(ProblemKind.MALFORMED_LINE), problems.summary());
    }

    @Test
    void peekShowsTheNextEventWithoutConsumingIt() throws IOException {
        try (EventLogReader reader = EventLogReader.open(Files.newInputStream(BAD_LINES), parser, problems)) {
            CallEvent peeked = reader.peek();

            assertEquals(peeked, reader.next());
            assertEquals(2, reader.peek().lineNumber());
            reader.forEachRemaining(event -> { });
            assertNull(reader.peek());
            assertEquals(16, reader.linesRead());
        }
    }

    @Test
    void anEmptyLogHasNoEvents() throws IOException {
        InputStream empty = new ByteArrayInputStream("\n  \n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(), readAll(EventLogReader.open(empty, parser, problems)));
        assertEquals(0, problems.total());
    }

    @Test
    void readsOnlyAFewBatchesAheadAndStopsWhenClosed() throws Exception {
        String goodLine = Files.readAllLines(BAD_LINES).get(0);
        byte[] log = (goodLine + "\n").repeat(50_000).getBytes(StandardCharsets.UTF_8);
        AtomicLong bytesRead = new AtomicLong();
        InputStream counting = new ByteArrayInputStream(log) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int read = super.read(b, off, len);
                bytesRead.addAndGet(Math.max(read, 0));
                return read;
            }
        };

        EventLogReader reader = EventLogReader.open(counting, parser, problems);
        assertEquals(1, reader.next().lineNumber());
        Thread.sleep(300);
        long ahead = bytesRead.get();
        assertTrue(ahead < log.length / 2, "read ahead: " + ahead + " of " + log.length + " bytes");

        reader.close();
        Thread.sleep(300);
        assertEquals(ahead, bytesRead.get(), "nothing is read once closed");
        assertEquals(0, problems.total(), problems.summary());
    }

    @Test
    void eventsSentBeforeAPipeGoesQuietAreReadWithoutWaitingForMore() throws Exception {
        byte[] line = (Files.readAllLines(BAD_LINES).get(0) + "\n").getBytes(StandardCharsets.UTF_8);
        PipedInputStream pipe = new PipedInputStream(1 << 16);
        PipedOutputStream sender = new PipedOutputStream(pipe);
        for (int i = 0; i < 3; i++) {
            sender.write(line);
        }
        // Opening reads the first bytes, to tell gzip from text.
        try (sender; EventLogReader reader = EventLogReader.open(pipe, parser, problems)) {
            List<Long> lineNumbers = assertTimeoutPreemptively(Duration.ofSeconds(5),
                    () -> List.of(reader.next().lineNumber(), reader.next().lineNumber(), reader.next().lineNumber()),
                    "a batch goes out once the pipe is quiet, not when it is full");
            assertEquals(List.of(1L, 2L, 3L), lineNumbers);

            sender.write(line);
            sender.close();
            assertEquals(4, reader.next().lineNumber());
            assertFalse(reader.hasNext());
        }
    }

    @Test
    void linesParsedTogetherGiveExactlyWhatEachLineParsedAloneGives() throws IOException {
        String good = Files.readAllLines(BAD_LINES).get(0);
        String otherGood = good.replace("\"call_id\":\"", "\"call_id\":\"x");
        List<String> lines = List.of(good, "", "   " + otherGood + " \t", otherGood + "\r", "{\"event\":",
                "\"call_initiated\"}", good + " {\"x\":1}", good, "[1,2]", good + "}", "\t", otherGood, "{", good,
                "\"a\"", otherGood);
        EventProblems alone = new EventProblems();
        List<CallEvent> expected = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).endsWith("\r") ? lines.get(i).substring(0, lines.get(i).length() - 1) : lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            ParseResult result = parser.parse(line, i + 1);
            if (result instanceof ParseResult.Parsed parsed) {
                expected.add(parsed.event());
            } else {
                ParseResult.Rejected rejected = (ParseResult.Rejected) result;
                alone.record(rejected.kind(), i + 1, rejected.detail());
            }
        }
        byte[] log = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);

        List<CallEvent> events = readAll(EventLogReader.open(new ByteArrayInputStream(log), parser, problems));

        assertEquals(expected, events);
        assertTrue(expected.size() >= 6 && alone.total() >= 6, "the case mixes good and bad lines");
        for (ProblemKind kind : ProblemKind.values()) {
            assertEquals(alone.count(kind), problems.count(kind), kind.toString());
        }
        assertEquals(alone.summary(), problems.summary());
    }

    private static List<CallEvent> readAll(EventLogReader reader) throws IOException {
        try (reader) {
            List<CallEvent> events = new ArrayList<>();
            reader.forEachRemaining(events::add);
            return events;
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(data);
        }
        return bytes.toByteArray();
    }
}
