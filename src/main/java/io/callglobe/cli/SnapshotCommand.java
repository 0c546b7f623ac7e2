package io.callglobe.cli;

import io.callglobe.encode.PngFrameWriter;
import io.callglobe.render.GlobeRenderer;
import io.callglobe.render.HeadlessGl;
import io.callglobe.render.RenderSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

@Command(name = "snapshot", mixinStandardHelpOptions = true,
        description = "Render the calls in progress at one instant of a recorded log to a PNG image.")
final class SnapshotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "The event log: a .jsonl or .jsonl.gz file, or -.")
    String log;

    @Option(names = "--at", required = true, paramLabel = "INSTANT", converter = Converters.Time.class,
            description = "The event time to show, ISO-8601, e.g. 2026-11-20T15:30:00Z.")
    Instant at;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE.png", defaultValue = "snapshot.png",
            description = "The image to write (default: ${DEFAULT-VALUE}).")
    Path output;

    @Mixin
    SceneOptions scene;

    @Override
    public Integer call() throws Exception {
        HeadlessGl.initialiseInBackground();
        try (LogInput input = LogInput.open(log, scene)) {
            RenderSettings settings = input.renderSettings();
            input.replay.advanceTo(at);
            ByteBuffer rgba = ByteBuffer.allocateDirect(settings.width() * settings.height() * 4);
            try (GlobeRenderer renderer = new GlobeRenderer(settings)) {
                renderer.render(input.replay.frame(at, 0, 1), rgba);
            }
            Path target = output.toAbsolutePath();
            Files.createDirectories(target.getParent());
            PngFrameWriter.write(rgba, settings.width(), settings.height(), target);
            var err = spec.commandLine().getErr();
            err.printf("wrote %s (%dx%d) at %s: %d ringing, %d in call%n", output, settings.width(),
                    settings.height(), at, input.replay.tracker().stats().ringing(),
                    input.replay.tracker().stats().inCall());
            RunReport.print(err, input);
            return 0;
        }
    }
}
