package io.callglobe.cli;

import static io.callglobe.bus.TestBroker.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.bus.AmqpSettings;
import io.callglobe.bus.EventRecorder;
import io.callglobe.bus.SimulatedLine;
import io.callglobe.bus.TestBroker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordCommandTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void recordsToDailyFilesUntilTerminatedThenExitsZero() throws Exception {
        List<SimulatedLine> sent = SimulatedLine.take(600, Instant.parse("2026-11-20T23:59:40Z"));
        Path days = dir.resolve("days");
        Path before = EventRecorder.dailyFile(days, LocalDate.parse("2026-11-20"));
        Path after = EventRecorder.dailyFile(days, LocalDate.parse("2026-11-21"));
        try (TestBroker broker = TestBroker.connect()) {
            String exchange = broker.exchange();
            try (CallglobeProcess record = CallglobeProcess.start(dir.resolve("stderr.txt"), "record",
                    "--amqp", TestBroker.URI, "--exchange", exchange, "--dir", days.toString())) {
                eventually(WAIT, () -> read(record::stderr).contains("subscriber: connected"),
                        () -> read(record::stderr));
                for (SimulatedLine line : sent) {
                    broker.publish(exchange, line.name(), line.line());
                }
                eventually(WAIT, () -> lines(before).size() + lines(after).size() == sent.size(),
                        () -> lines(before).size() + " + " + lines(after).size() + " lines recorded");

                assertEquals(0, record.terminate(WAIT), record.stderr());
                assertTrue(record.stderr().contains("recorded 600 events to " + before + ", " + after
                        + "; 600 messages received, 0 malformed rejected"), record.stderr());
            }
        }
        assertEquals(sent.stream().map(SimulatedLine::line).toList(),
                Stream.concat(lines(before).stream(), lines(after).stream()).toList());
    }

    @Test
    void aMissingExchangeThatIsOnlyCheckedStopsWithAClearError() {
        String missing = TestBroker.uniqueName("missing");
        CommandRun run = CommandRun.of("record", "--amqp", TestBroker.URI, "--exchange", missing, "--no-declare",
                "-o", dir.resolve("never.jsonl").toString());

        assertEquals(1, run.exitCode());
        assertEquals("callglobe: exchange '" + missing + "' does not exist on amqp://guest:***@127.0.0.1:5672 (it is "
                + "only checked, not declared, with --no-declare)", run.err().strip());
    }

    @Test
    void needsABrokerAndOneDestination() {
        CommandRun noBroker = CommandRun.of("record", "-o", dir.resolve("x.jsonl").toString());
        CommandRun twoDestinations = CommandRun.of("record", "--amqp", TestBroker.URI, "-o",
                dir.resolve("x.jsonl").toString(), "--dir", dir.toString());

        assertEquals(2, noBroker.exitCode());
        assertTrue(noBroker.err().contains("--amqp URI is needed"), noBroker.err());
        assertEquals(2, twoDestinations.exitCode());
        assertTrue(twoDestinations.err().contains("mutually exclusive"), twoDestinations.err());
    }

    @Test
    void keptDaysGoWithDailyFilesOnlyAndAreWholeDays() {
        CommandRun oneFile = CommandRun.of("record", "--amqp", TestBroker.URI, "-o",
                dir.resolve("x.jsonl").toString(), "--keep", "30d");
        CommandRun hours = CommandRun.of("record", "--amqp", TestBroker.URI, "--dir", dir.toString(),
                "--keep", "36h");

        assertEquals(2, oneFile.exitCode());
        assertTrue(oneFile.err().contains("--keep needs --dir"), oneFile.err());
        assertEquals(2, hours.exitCode());
        assertTrue(hours.err().contains("expected whole days such as 30d, got '36h'"), hours.err());
    }

    @Test
    void helpNamesEveryOption() {
        CommandRun help = CommandRun.of("record", "--help");

        assertEquals(0, help.exitCode());
        for (String option : List.of("--amqp", "--exchange", "--no-declare", "--binding-key", "--queue",
                "--prefetch", "--output", "--dir")) {
            assertTrue(help.out().contains(option), option + " in\n" + help.out());
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Text {
        String get() throws IOException;
    }

    private static String read(Text text) {
        try {
            return text.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
