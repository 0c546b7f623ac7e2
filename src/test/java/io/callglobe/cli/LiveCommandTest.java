package io.callglobe.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveCommandTest {
    private static final int WIDTH = 320;
    private static final int HEIGHT = 180;

    @TempDir
    Path dir;

    @Test
    void sigtermStopsTheServiceCleanly() throws Exception {
        Path snapshots = dir.resolve("snapshots");
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "live", "--simulate", "--sim-calls-per-hour", "3000", "--size", WIDTH + "x" + HEIGHT,
                "--fps", "10", "--serve", "127.0.0.1:0", "-o", "-", "--snapshot-cron", "* * * * * *",
                "--snapshot-dir", snapshots.toString())
                .start();
        AtomicLong rawBytes = new AtomicLong();
        CompletableFuture<Void> stdout = CompletableFuture.runAsync(() -> count(child.getInputStream(), rawBytes));
        StringBuffer stderr = new StringBuffer();
        CompletableFuture<String> url = new CompletableFuture<>();
        CompletableFuture<Void> errors = CompletableFuture.runAsync(() -> readLines(child, stderr, url));
        try {
            String base = url.get(60, TimeUnit.SECONDS);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(base + "healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (pngs(snapshots).size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(pngs(snapshots).size() >= 2, "snapshots written:\n" + stderr);
            child.toHandle().destroy();
            assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the service stops after SIGTERM:\n" + stderr);
        } finally {
            child.destroyForcibly();
        }
        stdout.get(10, TimeUnit.SECONDS);
        errors.get(10, TimeUnit.SECONDS);

        assertTrue(stderr.toString().contains("live for "), "the graceful stop ran to its report:\n" + stderr);
        try (Stream<Path> files = Files.list(snapshots)) {
            List<Path> left = files.filter(f -> !f.getFileName().toString().matches("callglobe-.*Z\\.png")).toList();
            assertEquals(List.of(), left, "nothing but finished snapshots");
        }
        for (Path png : pngs(snapshots)) {
            assertNotNull(ImageIO.read(png.toFile()), png + " is a whole PNG");
        }
        assertTrue(rawBytes.get() > 0, "raw frames on stdout");
        assertEquals(0, rawBytes.get() % (WIDTH * HEIGHT * 4), "stdout holds whole frames only");
    }

    @Test
    void usageErrorsAreOneLineAndStartNothing() {
        assertUsageError("needs one event source", "live", "--serve", "0");
        assertUsageError("needs one event source", "live", "--simulate", "--amqp", "amqp://localhost", "--serve", "0");
        assertUsageError("--record keeps the events received from --amqp", "live", "--simulate", "--serve", "0",
                "--record", dir.toString());
        assertUsageError("needs an output", "live", "--simulate");
        assertUsageError("-o takes only -", "live", "--simulate", "-o", "frames.raw");
        assertUsageError("go together", "live", "--simulate", "--snapshot-cron", "* * * * *");
        assertUsageError("--record-keep needs --record", "live", "--amqp", "amqp://localhost", "--serve", "0",
                "--record-keep", "30d");
        assertUsageError("--snapshot-keep needs --snapshot-cron", "live", "--simulate", "--serve", "0",
                "--snapshot-keep", "30d");
        assertUsageError("bad snapshot schedule", "live", "--simulate", "--snapshot-cron", "99 * * * *",
                "--snapshot-dir", dir.toString());
        assertUsageError("expected HOST:PORT", "live", "--simulate", "--serve", "localhost:http");
        assertUsageError("token must not be blank", "live", "--simulate", "--serve", "0", "--token", " ");
    }

    @Test
    void aMissingBootstrapLogIsReported() {
        assertBootstrapRefused(dir.resolve("missing.jsonl"), "no such file");
    }

    @Test
    void aFolderGivenAsABootstrapLogIsReported() {
        assertBootstrapRefused(dir, dir + ": a folder, not a log file");
    }

    @Test
    void rawFramesAreNotWrittenToATerminal() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err));
        LiveCommand live = commandLine.getSubcommands().get("live").getCommand();
        live.stdoutIsTerminal = () -> true;

        assertEquals(UserErrorHandler.USAGE_ERROR, commandLine.execute("live", "--simulate", "-o", "-"), err::toString);
        assertTrue(err.toString().contains("pipe them into a program such as ffmpeg"), err::toString);
    }

    private static void assertBootstrapRefused(Path log, String expected) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute("live", "--simulate", "--serve", "0", "--bootstrap", log.toString());
        assertEquals(UserErrorHandler.IO_ERROR, exit, err.toString());
        assertTrue(err.toString().contains(expected), err.toString());
    }

    private static void assertUsageError(String expected, String... args) {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine();
        commandLine.setErr(new PrintWriter(err));
        assertEquals(UserErrorHandler.USAGE_ERROR, commandLine.execute(args), String.join(" ", args) + ": " + err);
        assertTrue(err.toString().contains(expected), "'" + expected + "' not in: " + err);
    }

    private static List<Path> pngs(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".png")).toList();
        }
    }

    private static void count(InputStream in, AtomicLong bytes) {
        byte[] buffer = new byte[1 << 16];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                bytes.addAndGet(n);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void readLines(Process child, StringBuffer into, CompletableFuture<String> url) {
        Pattern serving = Pattern.compile("serving (http://\\S+/)");
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                into.append(line).append('\n');
                Matcher m = serving.matcher(line);
                if (m.find()) {
                    url.complete(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        url.completeExceptionally(new AssertionError("the service never said where it serves:\n" + into));
    }
}
