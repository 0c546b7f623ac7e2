package io.callglobe.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** {@code callglobe snapshot} from a fresh JVM to a written PNG, the median of a few runs. */
final class ColdStartStage {
    static final Target WALL_SECONDS = Target.atMost(2);
    private static final int LOAD = 2_000;
    /** The class archive the callglobe launcher makes beside the jar, once per build. */
    private static final String CLASS_ARCHIVE = "callglobe.jsa";

    private ColdStartStage() {
    }

    static void run(BenchConfig config, BenchInputs inputs, Path scratch, BenchReport report)
            throws IOException, InterruptedException {
        BenchInputs.Log log = inputs.steady("snapshot", LOAD, config.warmUp().plusMinutes(1));
        String size = config.mainSize().toString();
        Target target = config.mainSize().equals(BenchConfig.HD) ? WALL_SECONDS : null;
        Path archive = launcherClassArchive();
        List<String> jvmOptions = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1"));
        if (archive != null) {
            jvmOptions.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off"));
        }
        List<Double> walls = new ArrayList<>();
        for (int run = 0; run < config.snapshotRuns(); run++) {
            Path png = scratch.resolve("snapshot-" + run + ".png");
            Progress.say("snapshot: cold start %d of %d", run + 1, config.snapshotRuns());
            ChildJvm.Outcome outcome = ChildJvm.run(jvmOptions, List.of("snapshot", log.path().toString(), "--at",
                    BenchTraffic.START.plus(config.warmUp()).toString(), "--size", size, "-o", png.toString()),
                    scratch.resolve("snapshot.err"));
            if (outcome.exitCode() != 0 || !Files.isRegularFile(png)) {
                report.add(BenchRow.failed("cold start", "snapshot to PNG", size, "s", target,
                        outcome.ending()));
                return;
            }
            walls.add(outcome.wallSeconds());
        }
        Collections.sort(walls);
        report.add(new BenchRow("cold start", String.format("snapshot to PNG, %,d events, median of %d", log.events(),
                walls.size()), size, walls.get(walls.size() / 2), "s", target, archive != null
                ? "with the launcher's class archive" : "no class archive beside the jar (run ./callglobe once)"));
    }

    /**
     * What the launcher adds for snapshot, so the figure is what a user gets: the class archive, when this JVM
     * runs from the jar the launcher archived.
     */
    private static Path launcherClassArchive() {
        Path classPath = Path.of(System.getProperty("java.class.path"));
        Path archive = classPath.resolveSibling(CLASS_ARCHIVE);
        return classPath.toString().endsWith(".jar") && Files.isRegularFile(archive) ? archive : null;
    }
}
