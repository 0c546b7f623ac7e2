package io.callglobe.cli;

import static io.callglobe.bus.TestBroker.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.callglobe.bus.AmqpSettings;
import io.callglobe.bus.EventRecorder;
import io.callglobe.bus.SimulatedLine;
import io.callglobe.bus.TestBroker;
import io.callglobe.calls.CallStats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code callglobe live --amqp --record} as a process of its own on the real broker: it draws and records what is
 * published, stops cleanly on SIGTERM with the recording complete, and render replays that recording call for call.
 */
class LiveRecordTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Instant START = Instant.parse("2026-11-20T15:00:00Z");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void recordsWhatTheBrokerSendsStopsCleanlyOnSigtermAndRenderReplaysIt() throws Exception {
        Path recordings = dir.resolve("recordings");
        List<SimulatedLine> sent = SimulatedLine.take(300, START);
        try (TestBroker broker = TestBroker.connect()) {
            AmqpSettings settings = broker.settings();
            try (CallglobeProcess live = CallglobeProcess.start(dir.resolve("stderr.txt"), "live",
                    "--amqp", TestBroker.URI, "--exchange", settings.exchange(), "--serve", "127.0.0.1:0",
                    "--size", "320x180", "--fps", "10", "--record", recordings.toString())) {
                String base = live.awaitStderr(Pattern.compile("serving (http://\\S+/)"), WAIT);
                eventually(WAIT, () -> health(base).get("broker_connected").asBoolean(), () -> health(base) + "");

                TestBroker.publishConfirmed(settings, sent, Duration.ZERO);
                eventually(WAIT, () -> health(base).get("events").asLong() == sent.size(), () -> health(base) + "");

                assertEquals(0, live.terminate(WAIT), live.stderr());
                assertTrue(live.stderr().contains(": " + sent.size() + " events, "), live.stderr());
            }
        }

        Path recording = EventRecorder.dailyFile(recordings, LocalDate.parse("2026-11-20"));
        assertEquals(List.of(recording), list(recordings), "the day's recording and nothing else");
        String recorded = Files.readString(recording, StandardCharsets.UTF_8);
        assertTrue(recorded.endsWith("\n"), "whole lines only");
        assertEquals(sent.stream().map(SimulatedLine::line).toList(), recorded.lines().toList());

        Cli.Result render = Cli.run("render", recording.toString(), "-o", dir.resolve("replay.mp4").toString(),
                "--size", "320x180", "--fps", "10", "--duration", "1s", "--no-progress");
        assertEquals(0, render.exitCode(), render::describe);
        RunSummary replayed = RunSummary.parse(render.err());
        CallStats published = SimulatedLine.callStats(sent);
        assertEquals(List.of(published.seen(), published.answered(), published.finished(),
                        published.unansweredEndings()),
                List.of(replayed.callsSeen(), replayed.answered(), replayed.finished(), replayed.unanswered()),
                render::describe);
        assertEquals(sent.size(), replayed.eventsApplied(), render::describe);
    }

    private static JsonNode health(String base) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "healthz")).timeout(Duration.ofSeconds(10))
                    .build();
            return JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }
}
