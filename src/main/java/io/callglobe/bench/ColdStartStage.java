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
    /** Set by the callglobe launcher: the JVM options it starts a snapshot with, one a line. */
    private static final String LAUNCHER_OPTIONS = "CALLGLOBE_SNAPSHOT_JVM_OPTIONS";
    /** What the launcher adds for snapshot when this JVM was started without it. */
    private static final List<String> ONE_SHOT_JIT = List.of("-XX:TieredStopAtLevel=1");

    private ColdStartStage() {
    }

    static void run(BenchConfig config, BenchInputs inputs, Path scratch, BenchReport report)
            throws IOException, InterruptedException {
        BenchInputs.Log log = inputs.steady("snapshot", LOAD, config.warmUp().plusMinutes(1));
        String size = config.mainSize().toString();
        Target target = config.mainSize().equals(BenchConfig.HD) ? WALL_SECONDS : null;
        String launcherOptions = System.getenv(LAUNCHER_OPTIONS);
        List<String> jvmOptions = launcherOptions == null ? ONE_SHOT_JIT
                : launcherOptions.lines().filter(line -> !line.isBlank()).toList();
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
                walls.size()), size, walls.get(walls.size() / 2), "s", target, launcherOptions != null
                ? "started as the launcher starts it" : "not run from the launcher: without its class archive"));
    }
}
