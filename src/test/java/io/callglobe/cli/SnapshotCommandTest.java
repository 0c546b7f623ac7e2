package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code callglobe snapshot}: the calls in progress at one instant of the busy hour, as a PNG. */
class SnapshotCommandTest {
    private static final String BUSY_HOUR = "samples/busy-hour.jsonl.gz";
    private static final Pattern COUNTS = Pattern.compile("at (\\S+)(?: \\(([^)]*)\\))?: (\\d+) ringing, (\\d+) in call");

    @TempDir
    Path dir;

    @Test
    void snapshotsTheMiddleOfTheBusyHour() throws IOException {
        Path png = dir.resolve("now.png");
        Cli.Result result = Cli.run("snapshot", BUSY_HOUR, "--at", "2026-11-20T15:30:00Z", "-o", png.toString(),
                "--size", "320x180");

        assertEquals(0, result.exitCode(), result::describe);
        Matcher counts = counts(result);
        assertEquals("2026-11-20T15:30:00Z", counts.group(1));
        assertTrue(Integer.parseInt(counts.group(3)) > 0, result::describe);
        assertTrue(Integer.parseInt(counts.group(4)) > 0, result::describe);
        assertFalse(result.err().contains("note:"), result::describe);
        assertGlobe(ImageIO.read(png.toFile()));
    }

    @Test
    void aSnapshotNamedJpgIsAJpegOfTheSameFrame() throws IOException {
        Path png = dir.resolve("now.png");
        Path jpeg = dir.resolve("now.JPG");
        for (Path image : new Path[] {png, jpeg}) {
            Cli.Result result = Cli.run("snapshot", BUSY_HOUR, "--at", "2026-11-20T15:30:00Z", "-o", image.toString(),
                    "--size", "320x180");
            assertEquals(0, result.exitCode(), result::describe);
        }

        byte[] bytes = Files.readAllBytes(jpeg);
        assertEquals(0xFFD8, (bytes[0] & 0xFF) << 8 | bytes[1] & 0xFF, "JPEG's start-of-image marker");
        BufferedImage expected = ImageIO.read(png.toFile());
        BufferedImage actual = ImageIO.read(jpeg.toFile());
        assertGlobe(actual);
        long error = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = expected.getRGB(x, y);
                int b = actual.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    error += Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF));
                }
            }
        }
        double meanError = error / (3.0 * actual.getWidth() * actual.getHeight());
        assertTrue(meanError < 4, "mean error per channel against the PNG: " + meanError);
    }

    @Test
    void aTimeWithoutAnOffsetIsReadInTheClocksZone() throws IOException {
        // 10:30 in New York that November day is 15:30 UTC; a date and time with a space is read the same.
        Cli.Result result = Cli.run("snapshot", BUSY_HOUR, "--at", "2026-11-20 10:30", "--tz", "America/New_York",
                "-o", dir.resolve("ny.png").toString(), "--size", "320x180");

        assertEquals(0, result.exitCode(), result::describe);
        assertEquals("2026-11-20T15:30:00Z", counts(result).group(1));
        assertEquals("2026-11-20 10:30:00 America/New_York", counts(result).group(2));
    }

    @Test
    void aSnapshotBeforeTheFirstEventShowsNoCall() throws IOException {
        Path png = dir.resolve("before.png");
        Cli.Result result = Cli.run("snapshot", BUSY_HOUR, "--at", "2026-11-20T14:59:59Z", "-o", png.toString(),
                "--size", "320x180");

        assertEquals(0, result.exitCode(), result::describe);
        Matcher counts = counts(result);
        assertEquals("0", counts.group(3));
        assertEquals("0", counts.group(4));
        assertTrue(result.err().contains("events: 0 applied"), result::describe);
        assertTrue(result.err().contains("note: the log starts at 2026-11-20T15:00:00Z, after --at: no call is shown"),
                result::describe);
        assertGlobe(ImageIO.read(png.toFile()));
    }

    @Test
    void aSnapshotAfterTheLastEventSaysSo() throws IOException {
        Cli.Result result = Cli.run("snapshot", BUSY_HOUR, "--at", "2026-11-20T18:00:00Z", "-o",
                dir.resolve("late.png").toString(), "--size", "320x180");

        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.err().lines().anyMatch("note: the log ends at 2026-11-20T17:11:36Z, before --at"::equals),
                result::describe);
    }

    @Test
    void aSnapshotAfterALogThatStopsMidCallSaysTheOpenCallsAreShown() throws IOException {
        // The example call's first two events: it rings and is answered, and the log stops there.
        Path log = dir.resolve("cut.jsonl");
        Files.write(log, Files.readAllLines(Path.of("samples/example.jsonl")).subList(0, 2));
        Cli.Result result = Cli.run("snapshot", log.toString(), "--at", "2012-09-28T18:00:00Z", "-o",
                dir.resolve("cut.png").toString(), "--size", "320x180");

        assertEquals(0, result.exitCode(), result::describe);
        assertEquals("1", counts(result).group(4));
        assertTrue(result.err().contains("before --at: the calls it left open are shown in progress"),
                result::describe);
    }

    private static Matcher counts(Cli.Result result) {
        Matcher counts = COUNTS.matcher(result.err());
        assertTrue(counts.find(), result::describe);
        return counts;
    }

    /** The right size, and a lit disc in the middle of a dark sky: a globe, not a black frame. */
    private static void assertGlobe(BufferedImage image) {
        assertEquals(320, image.getWidth());
        assertEquals(180, image.getHeight());
        double disc = meanBrightness(image, 160 - 30, 90 - 30, 60);
        // Right of the globe, between the clock and the legend.
        double sky = meanBrightness(image, 275, 75, 30);
        assertTrue(disc > 15 && disc > 2 * sky, "centre " + disc + ", sky " + sky);
    }

    private static double meanBrightness(BufferedImage image, int left, int top, int side) {
        long sum = 0;
        for (int y = top; y < top + side; y++) {
            for (int x = left; x < left + side; x++) {
                int rgb = image.getRGB(x, y);
                sum += Math.max(rgb >> 16 & 0xff, Math.max(rgb >> 8 & 0xff, rgb & 0xff));
            }
        }
        return sum / (double) (side * side);
    }
}
