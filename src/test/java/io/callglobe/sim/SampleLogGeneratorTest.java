package io.callglobe.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.callglobe.calls.CallTracker;
import io.callglobe.events.CallEvent;
import io.callglobe.events.Direction;
import io.callglobe.events.EventLogReader;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.events.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SampleLogGeneratorTest {

    private static final Instant START = Instant.parse("2026-11-20T15:00:00Z");
    private static final TrafficParameters QUARTER_HOUR =
            TrafficParameters.between(START, START.plus(Duration.ofMinutes(15)));
    private static final Path EXAMPLE_FIXTURE = Path.of("src/test/resources/events/talkdesk-example.jsonl");

    @TempDir
    static Path dir;
    private static Path log;
    private static List<CallEvent> events;
    private static EventProblems problems;

    @BeforeAll
    static void generateAQuarterHour() throws IOException {
        log = dir.resolve("quarter.jsonl.gz");
        SampleLogGenerator.write(QUARTER_HOUR, 11, log);
        problems = new EventProblems();
        events = new ArrayList<>();
        try (EventLogReader reader = EventLogReader.open(log.toString(), new EventParser(), problems)) {
            reader.forEachRemaining(events::add);
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
        Path again = dir.resolve("again.jsonl.gz");
        Path other = dir.resolve("other.jsonl.gz");
        SampleLogGenerator.write(QUARTER_HOUR, 11, again);
        SampleLogGenerator.write(QUARTER_HOUR, 12, other);

        assertArrayEquals(Files.readAllBytes(log), Files.readAllBytes(again));
        assertFalse(Arrays.equals(Files.readAllBytes(log), Files.readAllBytes(other)));
    }

    @Test
    void everyEventParsesBackWithoutProblemsInTimestampOrder() {
        assertTrue(problems.isEmpty(), problems.summary());
        assertTrue(events.size() > 2_000, "events: " + events.size());
        for (int i = 1; i < events.size(); i++) {
            assertFalse(events.get(i).timestamp().isBefore(events.get(i - 1).timestamp()), "line " + (i + 1));
        }
        assertFalse(events.get(0).timestamp().isBefore(START));
    }

    @Test
    void everyNumberIsValidForLibphonenumber() throws NumberParseException {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        Set<String> regions = new HashSet<>();
        for (CallEvent event : events) {
            for (String number : new String[] {event.talkdeskNumber(), event.customerNumber(),
                event.forwardedNumber()}) {
                if (number != null) {
                    assertTrue(util.isValidNumber(util.parse(number, "ZZ")), number);
                }
            }
            regions.add(util.getRegionCodeForNumber(util.parse(event.customerNumber(), "ZZ")));
        }
        assertTrue(regions.size() >= 15, "customer countries: " + regions);
    }

    @Test
    void eachCallFollowsARealisticLife() {
        Map<String, List<CallEvent>> byCall = new HashMap<>();
        events.forEach(event -> byCall.computeIfAbsent(event.callId(), id -> new ArrayList<>()).add(event));
        int answered = 0;
        int outbound = 0;
        int forwarded = 0;
        for (List<CallEvent> life : byCall.values()) {
            CallEvent initiated = life.get(0);
            CallEvent last = life.get(life.size() - 1);
            assertEquals(EventType.CALL_INITIATED, initiated.type());
            assertTrue(last.type().isTerminal());
            if (life.size() == 3) {
                CallEvent answer = life.get(1);
                assertEquals(EventType.CALL_ANSWERED, answer.type());
                assertEquals(EventType.CALL_FINISHED, last.type());
                long ring = Duration.between(initiated.timestamp(), answer.timestamp()).toSeconds();
                assertTrue(ring >= 5 && ring <= 40, "ring " + ring);
                assertEquals(Duration.between(answer.timestamp(), last.timestamp()).toSeconds(),
                        last.durationSeconds().longValue());
                answered++;
            } else {
                assertEquals(2, life.size());
                assertTrue(last.type().isUnansweredEnding());
                assertNull(last.durationSeconds());
            }
            outbound += initiated.direction() == Direction.OUT ? 1 : 0;
            forwarded += initiated.forwardedNumber() != null ? 1 : 0;
        }
        double calls = byCall.size();
        assertBetween(0.75, 0.85, answered / calls, "answer rate");
        assertBetween(0.15, 0.25, outbound / calls, "outbound share");
        assertBetween(0.02, 0.08, forwarded / calls, "forwarded share");
    }

    @Test
    void theTrackerFollowsTheWholeLogWithoutProblems() {
        EventProblems trackerProblems = new EventProblems();
        CallTracker tracker = new CallTracker(trackerProblems);
        int peak = 0;
        for (CallEvent event : events) {
            tracker.advanceTo(event.timestamp());
            tracker.apply(event);
            peak = Math.max(peak, tracker.stats().ringing() + tracker.stats().inCall());
        }
        tracker.advanceTo(events.get(events.size() - 1).timestamp().plusSeconds(2));

        assertTrue(trackerProblems.isEmpty(), trackerProblems.summary());
        assertEquals(List.of(), tracker.activeCalls());
        assertTrue(peak > 100, "peak concurrent calls: " + peak);
    }

    @Test
    void linesCarryEveryFieldOfTheTalkdeskExampleInItsOrder() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> expected = fieldNames(mapper.readTree(Files.readString(EXAMPLE_FIXTURE)));
        try (BufferedReader lines = gunzip(log)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode event = mapper.readTree(line);
                assertEquals(expected, fieldNames(event));
                boolean finished = event.get("event").asText().equals("call_finished");
                assertEquals(finished, event.get("duration").isTextual(), line);
                assertTrue(event.get("timestamp").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
            }
        }
    }

    @Test
    void theCommittedBusyHourIsWhatTheReadmeCommandMakes() throws IOException {
        Path regenerated = dir.resolve("busy-hour.jsonl");
        int exitCode = new CommandLine(new SampleLogGenerator()).execute("--seed", "2026",
                "--start", "2026-11-20T15:00:00Z", "--duration", "PT1H", regenerated.toString());

        assertEquals(0, exitCode);

        try (BufferedReader committed = gunzip(Path.of("samples/busy-hour.jsonl.gz"))) {
            Iterator<String> expected = Files.readAllLines(regenerated).iterator();
            committed.lines().forEach(line -> assertEquals(expected.next(), line));
            assertFalse(expected.hasNext());
        }
        assertTrue(Files.size(Path.of("samples/busy-hour.jsonl.gz")) < 1_000_000);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static BufferedReader gunzip(Path file) throws IOException {
        InputStream in = new GZIPInputStream(Files.newInputStream(file));
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual);
    }
}
