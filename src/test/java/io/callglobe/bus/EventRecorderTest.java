package io.callglobe.bus;

import static io.callglobe.bus.TestBroker.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.events.CallEvent;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.events.ParseResult;
import io.callglobe.events.ProblemKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventRecorderTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    @Test
    void whatItRecordsFromTheBusReadsBackAsTheSameEventsWithoutProblems() throws Exception {
        List<SimulatedLine> sent = SimulatedLine.take(400, Instant.parse("2026-11-20T15:00:00Z"));
        Path log = dir.resolve("recorded.jsonl.gz");
        try (TestBroker broker = TestBroker.connect()) {
            AmqpSettings settings = broker.settings();
            try (EventRecorder recorder = EventRecorder.toFile(log);
                 EventSubscriber subscriber = EventSubscriber.start(settings, new EventProblems(), recorder)) {
                assertTrue(subscriber.awaitConnected(WAIT));
                for (SimulatedLine line : sent) {
                    broker.publish(settings.exchange(), line.name(), line.line());
                }
                eventually(WAIT, () -> subscriber.counts().handled() == sent.size(), () -> subscriber.counts() + "");
                assertEquals(sent.size(), recorder.linesWritten());
            }
        }

        EventProblems problems = new EventProblems();
        assertEquals(parse(sent.stream().map(SimulatedLine::line).toList()), read(log, problems));
        assertTrue(problems.isEmpty(), problems.summary());
    }

    @Test
    void dailyFilesSplitTheEventsAtMidnightUtc() throws Exception {
        List<SimulatedLine> sent = SimulatedLine.take(1_000, Instant.parse("2026-11-20T23:59:30Z"));
        try (TestBroker broker = TestBroker.connect()) {
            AmqpSettings settings = broker.settings();
            try (EventRecorder recorder = EventRecorder.daily(dir);
                 EventSubscriber subscriber = EventSubscriber.start(settings, new EventProblems(), recorder)) {
                assertTrue(subscriber.awaitConnected(WAIT));
                for (SimulatedLine line : sent) {
                    broker.publish(settings.exchange(), line.name(), line.line());
                }
                eventually(WAIT, () -> subscriber.counts().handled() == sent.size(), () -> subscriber.counts() + "");
                assertEquals(List.of(dayFile("2026-11-20"), dayFile("2026-11-21")), recorder.files());
            }
        }

        List<String> before = Files.readAllLines(dayFile("2026-11-20"));
        List<String> after = Files.readAllLines(dayFile("2026-11-21"));
        assertTrue(before.size() > 100 && after.size() > 100, before.size() + " lines, then " + after.size());
        assertEquals(sent.stream().map(SimulatedLine::line).toList(), concat(before, after));
        parse(before).forEach(event -> assertTrue(event.timestamp().isBefore(Instant.parse("2026-11-21T00:00:00Z"))));
        parse(after).forEach(event -> assertTrue(!event.timestamp().isBefore(Instant.parse("2026-11-21T00:00:00Z"))));
    }

    @Test
    void anEventWithoutATimestampGoesToTheDayItWasReceived() throws IOException {
        String unknown = "{\"event\":\"agent_status_changed\"}";
        try (EventRecorder recorder = EventRecorder.daily(dir)) {
            recorder.handle(new ReceivedEvent(unknown, null, "agent_status_changed",
                    Instant.parse("2026-12-31T23:59:59Z")));
        }
        assertEquals(List.of(unknown), Files.readAllLines(dayFile("2026-12-31")));
    }

    @Test
    void keptDaysStayAndOlderRecordingsGoWhenANewDayStarts() throws IOException {
        for (String old : List.of("calls-2026-11-10.jsonl", "calls-2026-11-30.jsonl.gz", "calls-2026-12-01.jsonl",
                "calls-2026-12-02.jsonl", "calls-2026-11-10.jsonl.bak", "calls-notes.jsonl", "mine-2026-11-10.jsonl")) {
            Files.writeString(dir.resolve(old), "kept unless it is an old day's recording\n");
        }
        String unknown = "{\"event\":\"agent_status_changed\"}";
        try (EventRecorder recorder = EventRecorder.daily(dir, 2)) {
            recorder.handle(new ReceivedEvent(unknown, null, "agent_status_changed",
                    Instant.parse("2026-12-03T00:00:01Z")));
        }

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("calls-2026-11-10.jsonl.bak", "calls-2026-12-01.jsonl", "calls-2026-12-02.jsonl",
                    "calls-2026-12-03.jsonl", "calls-notes.jsonl", "mine-2026-11-10.jsonl"),
                    files.map(file -> file.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void linesReachTheFileWithinAboutASecondWithoutClosing() throws Exception {
        Path log = dir.resolve("live.jsonl");
        String line = SimulatedLine.take(1, Instant.parse("2026-11-20T15:00:00Z")).get(0).line();
        try (EventRecorder recorder = EventRecorder.toFile(log)) {
            recorder.handle(received(line));
            assertEquals(0, Files.size(log), "buffered at first");
            eventually(Duration.ofSeconds(3), () -> contents(log).equals(line + "\n"), () -> contents(log));
        }
    }

    @Test
    void appendingKeepsWhatTheFileHeldAndAPartialLineOnItsOwn() throws IOException {
        List<String> lines = SimulatedLine.take(3, Instant.parse("2026-11-20T15:00:00Z")).stream()
                .map(SimulatedLine::line).toList();
        Path log = dir.resolve("appended.jsonl");
        Files.writeString(log, lines.get(0) + "\n{\"event\":\"call_fini");
        try (EventRecorder recorder = EventRecorder.toFile(log)) {
            recorder.handle(received(lines.get(1)));
        }
        try (EventRecorder recorder = EventRecorder.toFile(log)) {
            recorder.handle(received(lines.get(2)));
        }

        EventProblems problems = new EventProblems();
        assertEquals(List.of(lines.get(0), "{\"event\":\"call_fini", lines.get(1), lines.get(2)),
                Files.readAllLines(log));
        assertEquals(3, read(log, problems).size());
        assertEquals(1, problems.count(ProblemKind.MALFORMED_LINE));
    }

    @Test
    void appendingToAGzippedLogReadsBackAsOneLog() throws IOException {
        List<String> lines = SimulatedLine.take(2, Instant.parse("2026-11-20T15:00:00Z")).stream()
                .map(SimulatedLine::line).toList();
        Path log = dir.resolve("twice.jsonl.gz");
        for (String line : lines) {
            try (EventRecorder recorder = EventRecorder.toFile(log)) {
                recorder.handle(received(line));
            }
        }
        EventProblems problems = new EventProblems();
        assertEquals(parse(lines), read(log, problems));
        assertTrue(problems.isEmpty(), problems.summary());
    }

    private Path dayFile(String day) {
        return EventRecorder.dailyFile(dir, LocalDate.parse(day));
    }

    private static ReceivedEvent received(String line) {
        CallEvent event = ((ParseResult.Parsed) new EventParser().parse(line, 0)).event();
        return new ReceivedEvent(line, event, event.type().wireName(), Instant.now());
    }

    /** The events as a reader of a log holding these lines sees them, line numbers included. */
    private static List<CallEvent> parse(List<String> lines) {
        EventParser parser = new EventParser();
        List<CallEvent> events = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            events.add(((ParseResult.Parsed) parser.parse(lines.get(i), i + 1)).event());
        }
        return events;
    }

    private static List<CallEvent> read(Path log, EventProblems problems) throws IOException {
        List<CallEvent> events = new ArrayList<>();
        try (EventLogReader reader = EventLogReader.open(log.toString(), new EventParser(), problems)) {
            reader.forEachRemaining(events::add);
        }
        return events;
    }

    private static String contents(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }
}
