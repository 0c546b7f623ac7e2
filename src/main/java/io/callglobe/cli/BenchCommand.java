package io.callglobe.cli;

import io.callglobe.bench.BenchConfig;
import io.callglobe.bench.BenchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Measure this machine: log ingest, rendering, encoding per backend, end-to-end video, "
                + "memory on a million-call log and snapshot cold start, against the project's targets.",
            "Inputs are generated from a fixed seed in a temporary folder. The table goes to stdout, progress to "
                + "stderr; the exit code is 0 whether targets are met or missed (see the PASS/MISS column)."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Small inputs and " + BenchConfig.QUICK_FRAMES + " frames a case, "
            + "for a smoke test (about a minute); its figures are not comparable with a full run.")
    boolean quick;

    @Option(names = "--frames", paramLabel = "N",
            description = "Frames timed per render, encode and end-to-end case (default: "
                    + BenchConfig.DEFAULT_FRAMES + ", or " + BenchConfig.QUICK_FRAMES + " with --quick).")
    Integer frames;

    @Option(names = "--only", paramLabel = "STAGE", split = ",",
            description = "Run only these stages: ingest, render, encode, e2e, memory, snapshot (default: all).")
    List<String> only;

    @Option(names = "--sizes", paramLabel = "WxH", split = ",", converter = Converters.Size.class,
            description = "Frame sizes; the first gets every arc count and call load, the others 2,000 calls "
                    + "(default: 1280x720,1920x1080).")
    List<Converters.FrameSize> sizes;

    @Option(names = "--arcs", paramLabel = "N", split = ",",
            description = "Arcs per frame in the render stage at the first size (default: 0,2000,10000,50000).")
    List<Integer> arcs;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the generated inputs (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        BenchConfig config = new BenchConfig(quick,
                frames != null ? frames : quick ? BenchConfig.QUICK_FRAMES : BenchConfig.DEFAULT_FRAMES,
                sizes == null ? BenchConfig.DEFAULT_SIZES
                        : sizes.stream().map(size -> new BenchConfig.FrameSize(size.width(), size.height())).toList(),
                arcs == null ? BenchConfig.DEFAULT_ARCS : arcs,
                only == null ? new LinkedHashSet<>(BenchConfig.STAGES) : new LinkedHashSet<>(only), seed);
        new BenchRunner(config).run(spec.commandLine().getOut());
        return 0;
    }
}
