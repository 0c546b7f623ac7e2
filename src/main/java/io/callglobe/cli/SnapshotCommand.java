package io.callglobe.cli;

import io.callglobe.encode.JpegFrameWriter;
import io.callglobe.encode.PngFrameWriter;
import io.callglobe.render.GlobeFrame;
import io.callglobe.render.GlobeRenderer;
import io.callglobe.render.RenderSettings;
import io.callglobe.replay.Replay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render the calls in progress at one instant of a recorded log to a PNG or JPEG image.")
final class SnapshotCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");
    private static final List<String> JPEG_NAMES = List.of(".jpg", ".jpeg");
    private static final List<String> IMAGE_NAMES = List.of(".png", ".jpg", ".jpeg");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The event log: a .jsonl or .jsonl.gz file, or -.")
    String log;

    @Option(names = "--at", required = true, paramLabel = "TIME", converter = Converters.ZoneTime.class,
            description = "The event time to show, ISO-8601: 2026-11-20T15:30:00Z, or 2026-11-20T15:30 in the "
                    + "--tz zone.")
    TimeArgument atTime;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.png|.jpg", defaultValue = "snapshot.png",
            description = "The image to write: PNG, or JPEG when named .jpg or .jpeg (default: ${DEFAULT-VALUE}).")
    Path output;

    @Mixin
    SceneOptions scene;

    @Override
    public Integer call() throws Exception {
        Instant at = atTime.in(scene.zone);
        OutputNames.requireExtension(output, "a PNG or JPEG image", IMAGE_NAMES);
        LogInput.requireReadable(log);
        // A stop is held off until the image is written or given up, so it never leaves a temporary file.
        try (StopSignals stop = StopSignals.install()) {
            return snapshot(at, stop);
        }
    }

    private int snapshot(Instant at, StopSignals stop) throws IOException {
        // The log's side (number tables, the camera's aim, the replay up to the instant) runs on its own
        // thread while this one starts the renderer, which needs the aim only for drawing.
        CompletableFuture<LogInput> opened = CompletableFuture.supplyAsync(() -> {
            try {
                return LogInput.openForPicture(log, scene);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, SnapshotCommand::runOnOwnThread);
        CompletableFuture<GlobeFrame> frame = opened.thenApply(input -> {
            input.replay.advanceTo(at);
            return input.replay.frame(at, 0, 1);
        });
        GlobeRenderer renderer;
        try {
            renderer = new GlobeRenderer(scene.renderSettings(null));
        } catch (RuntimeException | Error e) {
            opened.thenAccept(SnapshotCommand::closeQuietly);
            throw e;
        }
        try (renderer; LogInput input = joinUnwrapped(opened)) {
            RenderSettings settings = input.renderSettings();
            renderer.aim(settings.camera());
            renderer.prepareBackground();
            ByteBuffer rgba = ByteBuffer.allocateDirect(settings.width() * settings.height() * 4);
            renderer.render(joinUnwrapped(frame), rgba);
            var err = spec.commandLine().getErr();
            if (stop.requested()) {
                err.println("callglobe: stopped before the image was written; nothing was written to " + output);
                return RenderCommand.INTERRUPTED;
            }
            Path target = output.toAbsolutePath();
            Files.createDirectories(target.getParent());
            if (OutputNames.hasExtension(output, JPEG_NAMES)) {
                JpegFrameWriter.write(rgba, settings.width(), settings.height(), target);
            } else {
                PngFrameWriter.write(rgba, settings.width(), settings.height(), target);
            }
            err.printf("wrote %s (%dx%d) at %s%s: %d ringing, %d in call%n", output, settings.width(),
                    settings.height(), at, inClockZone(at), input.replay.tracker().stats().ringing(),
                    input.replay.tracker().stats().inCall());
            noteInstantOutsideLog(err, input.replay, at);
            RunReport.print(err, input);
            return 0;
        }
    }

    /** The instant as the picture's clock shows it, so a time read in the --tz zone can be checked at a glance. */
    private String inClockZone(Instant at) {
        return scene.zone.normalized().equals(ZoneOffset.UTC) ? ""
                : " (" + CLOCK.format(at.atZone(scene.zone)) + " " + scene.zone.getId() + ")";
    }

    /** A wrong date in --at would otherwise pass for a quiet moment. */
    private static void noteInstantOutsideLog(PrintWriter err, Replay replay, Instant at) {
        Instant next = replay.nextEventTime();
        Instant last = replay.lastEventTime();
        if (last == null && next != null) {
            err.printf("note: the log starts at %s, after --at: no call is shown%n", next);
        } else if (next == null && last != null && last.isBefore(at)) {
            err.printf("note: the log ends at %s, before --at%s%n", last,
                    replay.idle() ? "" : ": the calls it left open are shown in progress");
        }
    }

    private static void runOnOwnThread(Runnable task) {
        Thread thread = new Thread(task, "snapshot-replay");
        thread.setDaemon(true);
        thread.start();
    }

    private static <T> T joinUnwrapped(CompletableFuture<T> future) throws IOException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException unreadable) {
                throw unreadable.getCause();
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private static void closeQuietly(LogInput input) {
        try {
            input.close();
        } catch (IOException e) {
            // Already failing for another reason, which is the one to report.
        }
    }
}
