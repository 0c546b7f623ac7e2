package io.callglobe.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
        // Ctrl-C skips the finally block below; its inputs reach a gigabyte and must not stay behind.
        Thread cleanUp = new Thread(() -> deleteQuietly(scratch));
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            BenchInputs inputs = new BenchInputs(scratch, config.seed(), config.callPool());
            stage("ingest", report, () -> IngestStage.run(config, inputs, report));
            stage("render", report, () -> RenderStage.run(config, report));
            stage("encode", report, () -> EncodeStage.run(config, scratch, report));
            stage("e2e", report, () -> EndToEndStage.run(config, inputs, scratch, report));
            report.add(BenchRow.of("memory", "this JVM (stages above): peak heap", "-",
                    MemoryUse.mebibytes(MemoryUse.peakHeapBytes()), "MiB"));
            report.add(BenchRow.of("memory", "this JVM (stages above): peak RSS", "-",
                    MemoryUse.mebibytes(MemoryUse.peakRssBytes()), "MiB"));
            stage("memory", report, () -> BigLogStage.run(config, inputs, scratch, report));
            stage("snapshot", report, () -> ColdStartStage.run(config, inputs, scratch, report));
        } finally {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
            deleteRecursively(scratch);
        }
        report.print(out);
        out.printf("bench took %.0f s%s%n", (System.nanoTime() - started) / 1e9,
                config.quick() ? " (--quick: smaller inputs, fewer frames)" : "");
        out.flush();
    }

    private interface Stage {
        void run() throws IOException, InterruptedException;
    }

    /** Runs a chosen stage; one that breaks becomes a failed row, and the others still run. */
    private void stage(String name, BenchReport report, Stage stage) throws InterruptedException {
        if (!config.runs(name)) {
            return;
        }
        try {
            stage.run();
        } catch (IOException | RuntimeException | LinkageError e) {
            Progress.say("%s failed: %s", name, e);
            report.add(BenchRow.failed(name, "stage broke off", "-", "", null, String.valueOf(e)));
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            deleteRecursively(dir);
        } catch (IOException | UncheckedIOException e) {
            System.err.println("bench: could not remove " + dir + ": " + e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
