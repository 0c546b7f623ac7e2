package io.callglobe.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Runs the chosen stages in a scratch folder of their own, which it removes afterwards. */
public final class BenchRunner {
    private final BenchConfig config;

    public BenchRunner(BenchConfig config) {
        this.config = config;
    }

    /** Measures, then prints the report on {@code out}. */
    public void run(PrintWriter out) throws IOException, InterruptedException {
        long started = System.nanoTime();
        MemoryUse.watchHeap();
        BenchReport report = new BenchReport(MachineFacts.describe());
        Path scratch = Files.createTempDirectory("callglobe-bench");
        try {
            BenchInputs inputs = new BenchInputs(scratch, config.seed(), config.callPool());
            if (config.runs("ingest")) {
                IngestStage.run(config, inputs, report);
            }
            if (config.runs("render")) {
                RenderStage.run(config, report);
            }
            if (config.runs("encode")) {
                EncodeStage.run(config, scratch, report);
            }
            if (config.runs("e2e")) {
                EndToEndStage.run(config, inputs, scratch, report);
            }
            report.add(BenchRow.of("memory", "this JVM (stages above): peak heap", "-",
                    MemoryUse.mebibytes(MemoryUse.peakHeapBytes()), "MiB"));
            report.add(BenchRow.of("memory", "this JVM (stages above): peak RSS", "-",
                    MemoryUse.mebibytes(MemoryUse.peakRssBytes()), "MiB"));
            if (config.runs("memory")) {
                BigLogStage.run(config, inputs, scratch, report);
            }
            if (config.runs("snapshot")) {
                ColdStartStage.run(config, inputs, scratch, report);
            }
        } finally {
            deleteRecursively(scratch);
        }
        report.print(out);
        out.printf("bench took %.0f s%s%n", (System.nanoTime() - started) / 1e9,
                config.quick() ? " (--quick: smaller inputs, fewer frames)" : "");
        out.flush();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
