package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.encode.Mp4Boxes;
import io.callglobe.encode.Mp4Probe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code callglobe render} run end to end: real log, real GL, real encoder, and the video read back. */
class RenderCommandTest {
    private static final String EXAMPLE = "samples/example.jsonl";
    /** The example call runs from 16:07:18 to 16:09:07. */
    private static final double EXAMPLE_SPAN_SECONDS = 109;

    @TempDir
    Path dir;

    @Test
    void rendersTheBusyHourToAVideoWithTheFramesItReports() throws IOException {
        Path video = dir.resolve("calls.mp4");
        Cli.Result result = Cli.run("render", "samples/busy-hour.jsonl.gz", "-o", video.toString(),
                "--size", "320x180", "--duration", "2s", "--no-progress");

        assertEquals(0, result.exitCode(), result::describe);
        RunSummary summary = RunSummary.parse(result.err());
        assertEquals("wrote", summary.outcome());
        assertEquals(List.of(30, 320, 180), List.of(summary.fps(), summary.width(), summary.height()));
        // 2 s at 30 fps; the hour has no idle stretch to skip, its longest call runs to the end.
        assertTrue(summary.frames() == 60 || summary.frames() == 61, result::describe);
        assertEquals(13_777, summary.eventsApplied());
        assertEquals(13_777, summary.linesRead());
        assertEquals(4_901, summary.callsSeen());
        assertEquals(summary.callsSeen(), summary.answered() + summary.unanswered());
        assertTrue(result.err().contains("skipped/odd input: none"), result::describe);

        Mp4Probe.VideoSummary probe = assertVideo(video, summary);
        Set<Long> checksums = new HashSet<>();
        Mp4Probe.forEachFrame(video, frame -> checksums.add(frame.checksum()));
        // Every frame is over two minutes of event time after the previous one: the clock and the calls move.
        assertEquals(probe.frameCount(), checksums.size(), "frames with the same picture");
    }

    @Test
    void rendersTheSingleExampleCall() throws IOException {
        Path video = dir.resolve("example.mp4");
        Cli.Result result = Cli.run("render", EXAMPLE, "-o", video.toString(), "--size", "320x180",
                "--duration", "2s", "--no-progress");

        assertEquals(0, result.exitCode(), result::describe);
        RunSummary summary = RunSummary.parse(result.err());
        assertEquals(Math.round(EXAMPLE_SPAN_SECONDS / 2), summary.speed());
        assertEquals(61, summary.frames());
        assertEquals(List.of(3L, 1L, 1L, 1L, 0L), List.of(summary.eventsApplied(), summary.callsSeen(),
                summary.answered(), summary.finished(), summary.unanswered()));
        assertVideo(video, summary);
    }

    @Test
    void fragmentedRendersAnMp4InFragments() throws IOException {
        Path video = dir.resolve("fragmented.mp4");
        Cli.Result result = Cli.run("render", EXAMPLE, "-o", video.toString(), "--size", "320x180",
                "--duration", "2s", "--fragmented", "--no-progress");

        assertEquals(0, result.exitCode(), result::describe);
        assertVideo(video, RunSummary.parse(result.err()));
        List<String> boxes = Mp4Boxes.topLevel(video);
        assertEquals(List.of("ftyp", "moov", "moof", "mdat"), boxes.subList(0, 4), boxes::toString);
    }

    @Test
    void aStopBeforeTheFirstFrameSaysSoAndWritesNothing() throws IOException, InterruptedException {
        Path video = dir.resolve("never.mp4");
        // One event, then a pipe that stays open and quiet: the frame at --from, an hour later, waits for more.
        PipedOutputStream feed = new PipedOutputStream();
        InputStream originalIn = System.in;
        System.setIn(new PipedInputStream(feed, 1 << 16));
        feed.write((Files.readAllLines(Path.of(EXAMPLE)).get(0) + "\n").getBytes(StandardCharsets.UTF_8));
        feed.flush();
        StringWriter err = new StringWriter();
        int exitCode;
        try {
            CommandLine main = Main.commandLine();
            main.setErr(new PrintWriter(err, true));
            RenderCommand render = main.getSubcommands().get("render").getCommand();
            render.watcher = new RenderCommand.Watcher() {
                @Override
                public boolean stopWanted() {
                    return true;
                }
            };
            exitCode = main.execute("render", "-", "--from", "2012-09-28T17:07:00Z", "-o", video.toString(),
                    "--size", "320x180", "--no-progress");
        } finally {
            System.setIn(originalIn);
            feed.close();
        }

        assertEquals(RenderCommand.INTERRUPTED, exitCode, err::toString);
        assertTrue(err.toString().contains("stopped before the first frame; nothing was written to "), err::toString);
        assertFalse(Files.exists(video));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "nothing is left behind");
        }
    }

    @Test
    void fromAndToNarrowTheWindow() throws IOException {
        Path video = dir.resolve("minute.mp4");
        Cli.Result result = Cli.run("render", EXAMPLE, "-o", video.toString(), "--size", "320x180",
                "--from", "2012-09-28T16:07:30Z", "--to", "2012-09-28T16:08:30Z", "--duration", "1s", "--fps", "10",
                "--no-progress");

        assertEquals(0, result.exitCode(), result::describe);
        RunSummary summary = RunSummary.parse(result.err());
        assertEquals(60, summary.speed(), "one minute of event time in one second of video");
        assertEquals(11, summary.frames(), "every 6 s of event time from 16:07:30 to 16:08:30");
        // The call started before the window and is answered in it; its ending falls after it.
        assertEquals(List.of(2L, 1L, 1L, 0L), List.of(summary.eventsApplied(), summary.callsSeen(),
                summary.answered(), summary.finished()));
        assertVideo(video, summary);
    }

    @Test
    void speedWinsOverDuration() throws IOException {
        Path video = dir.resolve("speed.mp4");
        Cli.Result result = Cli.run("render", EXAMPLE, "-o", video.toString(), "--size", "320x180",
                "--speed", "30", "--duration", "1s", "--fps", "10", "--no-progress");

        assertEquals(0, result.exitCode(), result::describe);
        RunSummary summary = RunSummary.parse(result.err());
        assertEquals(30, summary.speed());
        // --duration 1s alone would give about 10 frames.
        assertEquals(EXAMPLE_SPAN_SECONDS / 30 * 10, summary.frames(), 1.5);
        assertVideo(video, summary);
    }

    @Test
    void skipsTheHoursWithNoCallBetweenTwoBursts() throws IOException {
        Path log = dir.resolve("two-bursts.jsonl");
        Files.writeString(log, String.join("\n",
                TalkdeskLines.call("0b6f2b1e-0001-4000-8000-0000000000a1", "+351961918192",
                        "2026-11-20T09:00:00Z", "2026-11-20T09:00:10Z", "2026-11-20T09:02:00Z"),
                TalkdeskLines.call("0b6f2b1e-0001-4000-8000-0000000000a2", "+442079460000",
                        "2026-11-20T12:00:00Z", "2026-11-20T12:00:05Z", "2026-11-20T12:02:00Z")) + "\n");
        Path video = dir.resolve("bursts.mp4");
        Cli.Result result = Cli.run("render", log.toString(), "-o", video.toString(), "--size", "320x180",
                "--duration", "1m", "--fps", "10", "--no-progress");

        assertEquals(0, result.exitCode(), result::describe);
        RunSummary summary = RunSummary.parse(result.err());
        double spanSeconds = 3 * 3600 + 120;
        long framesWithoutSkipping = Math.round(spanSeconds / summary.speed() * 10);
        assertEquals(600, framesWithoutSkipping, 1);
        assertTrue(summary.frames() < framesWithoutSkipping / 10, result::describe);
        assertEquals(1, summary.idleSkips(), result::describe);
        assertTrue(result.err().matches("(?s).*; skipped 1 idle stretch \\(2h5\\dm\\d+s of event time\\).*"),
                result::describe);
        assertEquals(List.of(6L, 2L, 2L), List.of(summary.eventsApplied(), summary.callsSeen(), summary.finished()));
        assertVideo(video, summary);
    }

    @Test
    void reportsEveryKindOfBadLineWithItsLineNumbersAndWarnsOnce() throws IOException {
        Path video = dir.resolve("bad.mp4");
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        Cli.Result result;
        // slf4j-simple writes its warnings to whatever System.err is when it logs.
        System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
        try {
            result = Cli.run("render", "samples/bad-lines.jsonl", "-o", video.toString(), "--size", "320x180",
                    "--duration", "1s", "--fps", "10", "--no-progress");
        } finally {
            System.setErr(originalErr);
        }

        assertEquals(0, result.exitCode(), result::describe);
        // samples/README.md lists what each line holds; the log ends long before line 14's call would expire.
        for (String problem : List.of("malformed lines: 1 (line 3)", "unknown event types: 1 (line 4)",
                "invalid phone numbers: 1 (line 5)", "invalid fields: 2 (lines 6, 11)", "duplicate events: 1 (line 8)",
                "out-of-order events: 1 (line 10)", "endings for unknown calls: 1 (line 13)")) {
            assertTrue(result.err().contains("\n  " + problem + "\n"), () -> problem + " missing:\n" + result.err());
        }
        RunSummary summary = RunSummary.parse(result.err());
        assertEquals(List.of(11L, 16L, 4L, 2L, 2L, 1L), List.of(summary.eventsApplied(), summary.linesRead(),
                summary.callsSeen(), summary.answered(), summary.finished(), summary.unanswered()));
        assertVideo(video, summary);

        String warnings = logged.toString(StandardCharsets.UTF_8);
        assertEquals(1, occurrences(warnings, "malformed lines at line 3"), warnings);
        assertEquals(1, occurrences(warnings, "invalid fields at line 11"), warnings);
    }

    private static Mp4Probe.VideoSummary assertVideo(Path video, RunSummary summary) throws IOException {
        Mp4Probe.VideoSummary probe = Mp4Probe.summarize(video);
        assertEquals("h264", probe.codecName());
        assertEquals(List.of(summary.width(), summary.height()), List.of(probe.width(), probe.height()));
        assertEquals("yuv420p", probe.pixelFormat());
        assertEquals(summary.frames(), probe.frameCount(), "frames in the video against the summary");
        return probe;
    }

    private static long occurrences(String text, String part) {
        return Pattern.compile(Pattern.quote(part)).matcher(text).results().count();
    }
}
