package io.callglobe.cli;

import static io.callglobe.bus.TestBroker.eventually;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.bus.AmqpSettings;
import io.callglobe.bus.EventSubscriber;
import io.callglobe.bus.ReceivedEvent;
import io.callglobe.bus.TestBroker;
import io.callglobe.calls.CallTracker;
import io.callglobe.events.CallEvent;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.events.EventType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void writesALogOfTheCallsAskedForThatReplaysWithoutProblems() throws IOException {
        Path log = dir.resolve("day.jsonl.gz");
        CommandRun run = CommandRun.of("simulate", "--calls", "300", "--start", "2026-11-20T08:00:00Z",
                "-o", log.toString());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("simulate: 300 calls started, "), run.err());
        EventProblems problems = new EventProblems();
        List<CallEvent> events = read(log, problems);
        assertEquals(300, events.stream().filter(event -> event.type() == EventType.CALL_INITIATED).count());
        assertEquals(300, events.stream().filter(event -> event.type().isTerminal()).count());
        assertTrue(!events.get(0).timestamp().isBefore(Instant.parse("2026-11-20T08:00:00Z")));
        CallTracker tracker = new CallTracker(problems);
        events.forEach(event -> {
            tracker.advanceTo(event.timestamp());
            tracker.apply(event);
        });
        assertTrue(problems.isEmpty(), problems.summary());

        Path again = dir.resolve("again.jsonl.gz");
        CommandRun.of("simulate", "--calls", "300", "--start", "2026-11-20T08:00:00Z", "-o", again.toString());
        assertArrayEquals(Files.readAllBytes(log), Files.readAllBytes(again), "same seed, same log");
    }

    @Test
    void aSteadyRateGivesAboutThatManyCallsAMinute() throws IOException {
        Path log = dir.resolve("steady.jsonl");
        CommandRun run = CommandRun.of("simulate", "--rate", "300/min", "--duration", "2m", "--start",
                "2026-11-20T03:00:00Z", "-o", log.toString());

        assertEquals(0, run.exitCode(), run.err());
        long calls = read(log, new EventProblems()).stream()
                .filter(event -> event.type() == EventType.CALL_INITIATED).count();
        // 600 expected at 3 a.m. UTC as at any hour; a Poisson count strays by about 25.
        assertTrue(calls > 500 && calls < 700, calls + " calls");
    }

    @Test
    void publishesInRealTimeSpedUpWithTimestampsFromNow() throws Exception {
        List<ReceivedEvent> received = new CopyOnWriteArrayList<>();
        try (TestBroker broker = TestBroker.connect()) {
            AmqpSettings settings = broker.settings();
            try (EventSubscriber subscriber = EventSubscriber.start(settings, new EventProblems(), received::add)) {
                assertTrue(subscriber.awaitConnected(WAIT));
                Instant started = Instant.now();
                CommandRun run = CommandRun.of("simulate", "--amqp", TestBroker.URI, "--exchange",
                        settings.exchange(), "--calls", "20", "--rate", "120", "--speed", "300");

                assertEquals(0, run.exitCode(), run.err());
                int events = received.size();
                assertTrue(run.err().contains("published " + events + ": confirmed " + events + ", nacked 0, "
                        + "unconfirmed 0; unroutable (no queue bound) 0; dropped while disconnected 0"), run.err());
                Duration firstOffset = Duration.between(started, received.get(0).event().timestamp());
                assertTrue(firstOffset.abs().compareTo(Duration.ofSeconds(5)) < 0, "first event at " + firstOffset);
                assertPacedAt(300, received);
            }
        }
    }

    @Test
    void runsUntilTerminatedThenSettlesItsConfirmsAndExitsZero() throws Exception {
        List<ReceivedEvent> received = new CopyOnWriteArrayList<>();
        try (TestBroker broker = TestBroker.connect()) {
            AmqpSettings settings = broker.settings();
            try (EventSubscriber subscriber = EventSubscriber.start(settings, new EventProblems(), received::add);
                 CallglobeProcess simulate = CallglobeProcess.start(dir.resolve("stderr.txt"), "simulate",
                         "--amqp", TestBroker.URI, "--exchange", settings.exchange(), "--rate", "20/s",
                         "-o", dir.resolve("copy.jsonl").toString())) {
                assertTrue(subscriber.awaitConnected(WAIT));
                eventually(WAIT, () -> received.size() >= 10, () -> received.size() + " received");

                assertEquals(0, simulate.terminate(WAIT), simulate.stderr());
                String summary = simulate.stderr();
                eventually(WAIT, () -> summary.contains("published " + received.size() + ": confirmed "
                        + received.size() + ", nacked 0, unconfirmed 0"), () -> received.size() + " received, "
                        + "child said:\n" + summary);
                assertTrue(summary.contains("simulate (stopped): "), summary);
                List<String> written = Files.readAllLines(dir.resolve("copy.jsonl"));
                assertEquals(written, received.stream().map(ReceivedEvent::line).toList());
            }
        }
    }

    @Test
    void saysWhatIsMissingWhenThereIsNowhereToSendTheEvents() {
        CommandRun nowhere = CommandRun.of("simulate", "--calls", "3");
        CommandRun endless = CommandRun.of("simulate", "-o", dir.resolve("x.jsonl").toString());

        assertEquals(2, nowhere.exitCode());
        assertEquals("callglobe: nowhere to send the events: give --amqp URI to publish them, -o FILE to write them, "
                + "or both", nowhere.err().strip());
        assertEquals(2, endless.exitCode());
        assertTrue(endless.err().contains("give --calls N or --duration D"), endless.err());
    }

    @Test
    void aMissingExchangeThatIsOnlyCheckedStopsWithAClearError() {
        String missing = TestBroker.uniqueName("missing");
        CommandRun run = CommandRun.of("simulate", "--amqp", TestBroker.URI, "--exchange", missing, "--no-declare",
                "--calls", "1");

        assertEquals(1, run.exitCode());
        assertEquals("callglobe: exchange '" + missing + "' does not exist on amqp://guest:***@127.0.0.1:5672 (it is "
                + "only checked, not declared, with --no-declare)", run.err().strip());
    }

    /**
     * Each event arrived when the real clock, sped up, reached its timestamp: the lag behind that schedule varies by
     * less than a second (a loaded machine delays some deliveries) over a run that lasts a few seconds.
     */
    private static void assertPacedAt(double speed, List<ReceivedEvent> received) {
        ReceivedEvent first = received.get(0);
        ReceivedEvent last = received.get(received.size() - 1);
        double minLag = Double.MAX_VALUE;
        double maxLag = -Double.MAX_VALUE;
        for (ReceivedEvent event : received) {
            double due = Duration.between(first.event().timestamp(), event.event().timestamp()).toMillis() / 1e3
                    / speed;
            double lag = Duration.between(first.receivedAt(), event.receivedAt()).toMillis() / 1e3 - due;
            minLag = Math.min(minLag, lag);
            maxLag = Math.max(maxLag, lag);
        }
        double runSeconds = Duration.between(first.event().timestamp(), last.event().timestamp()).toSeconds() / speed;
        assertTrue(runSeconds > 2, "a run of " + runSeconds + " s is too short to show the pace");
        assertTrue(maxLag - minLag < 1, "lag behind the schedule from " + minLag + " s to " + maxLag + " s");
    }

    private static List<CallEvent> read(Path log, EventProblems problems) throws IOException {
        List<CallEvent> events = new ArrayList<>();
        try (EventLogReader reader = EventLogReader.open(log.toString(), new EventParser(), problems)) {
            reader.forEachRemaining(events::add);
        }
        return events;
    }
}
