package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a user who gets something wrong sees: one clear line and an exit code, never a stack trace or a stray file. */
class CommandErrorsTest {
    private static final String EXAMPLE = "samples/example.jsonl";

    @TempDir
    Path dir;

    @Test
    void aMissingLogIsOneLineAndExitCodeOne() throws IOException {
        Path missing = dir.resolve("missing.jsonl");
        Cli.Result result = Cli.run("render", missing.toString(), "-o", output(), "--no-progress");

        assertEquals(1, result.exitCode(), result::describe);
        assertEquals(List.of("callglobe: no such file: " + missing), result.err().lines().toList());
        assertNothingWritten();
    }

    @Test
    void aFolderGivenAsTheLogIsOneLineAndExitCodeOne() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("logs"));
        Cli.Result result = Cli.run("render", folder.toString(), "-o", output(), "--no-progress");

        assertEquals(1, result.exitCode(), result::describe);
        assertEquals(List.of("callglobe: " + folder + ": a folder, not a log file"), result.err().lines().toList());
        assertNothingWritten();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            --size       | 321x180   | H.264 needs an even width and height, got 321x180
            --from       | yesterday | expected an ISO-8601 time such as 2026-11-20T15:30:00Z, or 2026-11-20T15:30 in the --tz zone, got 'yesterday'
            --style      | sepia     | --style must be night or day, was 'sepia'
            --line-width | 0         | line width must be within 0.25..20 pixels, was 0.0
            --center     | 100,0     | not a coordinate: 100.0, 0.0 (latitude -90..90, longitude -180..180)
            --rotate     | 1e9       | rotation must be within -360..360 degrees a second, was 1.0E9
            """)
    void aBadOptionValueIsAUsageError(String option, String value, String message) throws IOException {
        assertUsageError(message, "render", EXAMPLE, "-o", output(), option, value, "--no-progress");
    }

    @Test
    void aToBeforeTheFromIsAUsageError() throws IOException {
        assertUsageError("--to (2012-09-28T16:07:00Z) must be after --from (2012-09-28T16:08:00Z)",
                "render", EXAMPLE, "-o", output(), "--from", "2012-09-28T16:08:00Z", "--to", "2012-09-28T16:07:00Z",
                "--no-progress");
    }

    @Test
    void aLocalTimeTheClocksSkipIsAUsageError() throws IOException {
        assertUsageError("'2026-03-29T01:30' does not exist in Europe/Lisbon: the clocks go from 01:00 straight "
                + "to 02:00 that day", "render", EXAMPLE, "-o", output(), "--tz", "Europe/Lisbon",
                "--from", "2026-03-29T01:30", "--no-progress");
    }

    @Test
    void anOutputNamedForAnotherFormatIsAUsageError() throws IOException {
        Path mkv = dir.resolve("out/calls.mkv");
        assertUsageError(mkv + ": this writes H.264 in MP4, so the name must end in .mp4 or .m4v",
                "render", EXAMPLE, "-o", mkv.toString(), "--no-progress");
        Path gif = dir.resolve("out/now.gif");
        assertUsageError(gif + ": this writes a PNG or JPEG image, so the name must end in .png or .jpg or .jpeg",
                "snapshot", EXAMPLE, "--at", "2012-09-28T16:08:00Z", "-o", gif.toString());
    }

    @Test
    void anEmptyLogSaysSoAndLeavesNoVideo() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        assertUsageError("holds no readable event", "render", empty.toString(), "-o", output(), "--no-progress");
    }

    @Test
    void aWindowWithNoCallSaysSoAndLeavesNoVideo() throws IOException {
        // The example call ended at 16:09:07.
        assertUsageError("nothing to render: no call in 2012-09-28T17:00:00Z .. 2012-09-28T17:00:06Z; the log's "
                        + "events run from 2012-09-28T16:07:18Z to 2012-09-28T16:09:07Z",
                "render", EXAMPLE, "-o", output(), "--size", "320x180", "--from", "2012-09-28T17:00:00Z",
                "--no-progress");
    }

    @Test
    void aSnapshotNeedsATime() throws IOException {
        assertUsageError("Missing required option: '--at=TIME'", "snapshot", EXAMPLE, "-o",
                dir.resolve("out/now.png").toString());
    }

    @Test
    void anOutputFolderThatIsAFileIsOneLineAndExitCodeOne() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "not a folder");
        Cli.Result result = Cli.run("snapshot", EXAMPLE, "--at", "2012-09-28T16:08:00Z", "--size", "320x180", "-o",
                file.resolve("now.png").toString());

        assertEquals(1, result.exitCode(), result::describe);
        assertEquals(List.of("callglobe: " + file + ": exists and is not a folder"), result.err().lines().toList());
    }

    @Test
    void aFolderThatTakesNoFileNamesTheVideoAndWhy() throws IOException {
        // Files cannot be created in /proc, even by root.
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc), "needs Linux's /proc");
        Path target = proc.resolve("calls.mp4");
        Cli.Result result = Cli.run("render", EXAMPLE, "--size", "320x180", "-o", target.toString(), "--no-progress");

        assertEquals(1, result.exitCode(), result::describe);
        assertEquals(List.of("callglobe: video encoding failed: cannot write " + target + ": no such file or directory"),
                result.err().lines().toList());
    }

    private String output() {
        return dir.resolve("out/calls.mp4").toString();
    }

    private void assertUsageError(String message, String... args) throws IOException {
        Cli.Result result = Cli.run(args);
        assertEquals(2, result.exitCode(), result::describe);
        assertTrue(result.err().lines().findFirst().orElse("").contains(message), result::describe);
        assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result::describe);
        assertEquals("", result.out(), result::describe);
        assertNothingWritten();
    }

    /** Neither the output nor a hidden temporary file beside it. */
    private void assertNothingWritten() throws IOException {
        Path out = dir.resolve("out");
        if (Files.isDirectory(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList());
            }
        }
    }
}
