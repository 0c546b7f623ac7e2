package io.callglobe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A million-call log rendered by {@code callglobe render} in a child JVM held to a 256 MiB heap. */
final class BigLogStage {
    static final String HEAP_LIMIT = "-Xmx256m";
    private static final int LOAD = 2_000;
    private static final Pattern FRAMES_WRITTEN = Pattern.compile("wrote .*?: ([\\d,]+) frames");

    private BigLogStage() {
    }

    static void run(BenchConfig config, BenchInputs inputs, Path scratch, BenchReport report)
            throws IOException, InterruptedException {
        Progress.say("memory: writing a log of %,d calls", config.bigLogCalls());
        BenchInputs.Log log = inputs.ofCalls("big", config.bigLogCalls(), LOAD);
        Progress.say("memory: %,d events (%,d MiB); rendering it in a child JVM with %s", log.events(),
                Files.size(log.path()) >> 20, HEAP_LIMIT);
        Path mp4 = scratch.resolve("big.mp4");
        // Few frames: every event is replayed whatever the frame rate, and the heap is what this stage is about.
        String size = config.mainSize().toString();
        ChildJvm.Outcome outcome = ChildJvm.run(List.of(HEAP_LIMIT), List.of("render", log.path().toString(),
                "-o", mp4.toString(), "--size", size, "--fps", "5", "--duration", "4s", "--no-progress"),
                scratch.resolve("big-render.err"));
        String subject = String.format("%,d-call log, %s", log.calls(), HEAP_LIMIT);
        Target target = log.calls() >= 1_000_000 ? Target.atLeast(1) : null;
        Matcher frames = FRAMES_WRITTEN.matcher(outcome.stderr());
        if (outcome.exitCode() != 0 || !frames.find()) {
            report.add(BenchRow.failed("memory", subject + ": frames rendered", size, "frames", target,
                    (outcome.outOfMemory() ? "OutOfMemoryError; " : "") + outcome.ending()
                            + " after " + Math.round(outcome.wallSeconds()) + " s"));
        } else {
            report.add(new BenchRow("memory", subject + ": frames rendered", size,
                    Double.parseDouble(frames.group(1).replace(",", "")), "frames", target,
                    String.format("exit 0 in %.1f s, %,d events, 5 fps", outcome.wallSeconds(), log.events())));
        }
        report.add(BenchRow.of("memory", subject + ": peak RSS", size,
                MemoryUse.mebibytes(outcome.peakRssBytes()), "MiB"));
        report.add(BenchRow.of("memory", subject + ": peak heap", size,
                MemoryUse.mebibytes(outcome.peakHeapBytes()), "MiB"));
        Files.deleteIfExists(log.path());
    }
}
