package io.callglobe.bench;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What one benchmark run measures and how long.
 *
 * @param frames  frames timed per render, encode and end-to-end case at most (see {@link #caseBudget})
 * @param sizes   frame sizes; the first gets every arc count and call load, the others 2,000 calls
 * @param arcs    arcs per frame in the render stage at the first size
 * @param stages  the stages to run, from {@link #STAGES}
 */
public record BenchConfig(boolean quick, int frames, List<FrameSize> sizes, List<Integer> arcs, Set<String> stages,
                          long seed) {
    public static final List<String> STAGES = List.of("ingest", "render", "encode", "e2e", "memory", "snapshot");
    public static final int DEFAULT_FRAMES = 150;
    public static final int QUICK_FRAMES = 20;
    public static final List<Integer> DEFAULT_ARCS = List.of(0, 2_000, 10_000, 50_000);
    public static final List<FrameSize> DEFAULT_SIZES = List.of(new FrameSize(1280, 720), new FrameSize(1920, 1080));
    static final FrameSize HD = new FrameSize(1280, 720);
    static final FrameSize FULL_HD = new FrameSize(1920, 1080);

    public record FrameSize(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    public BenchConfig {
        if (frames < 3) {
            throw new IllegalArgumentException("--frames must be at least 3, was " + frames);
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("--sizes needs at least one size");
        }
        if (arcs.isEmpty() || arcs.stream().anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("--arcs needs counts of 0 or more, was " + arcs);
        }
        for (String stage : stages) {
            if (!STAGES.contains(stage)) {
                throw new IllegalArgumentException("unknown stage '" + stage + "'; stages are " + STAGES);
            }
        }
    }

    boolean runs(String stage) {
        return stages.contains(stage);
    }

    FrameSize mainSize() {
        return sizes.get(0);
    }

    /** Concurrent calls of the end-to-end cases at the main size; --quick keeps the light one. */
    List<Integer> endToEndLoads() {
        return quick ? List.of(2_000) : List.of(2_000, 10_000, 50_000);
    }

    /** Distinct calls drawn from the traffic model, then reused under new ids (see BenchTraffic). */
    int callPool() {
        return quick ? 2_000 : 20_000;
    }

    long ingestCalls() {
        return quick ? 10_000 : 150_000;
    }

    long bigLogCalls() {
        return quick ? 5_000 : 1_000_000;
    }

    /** Event time replayed before the first timed frame, so the globe holds its steady load of calls. */
    Duration warmUp() {
        return quick ? Duration.ofMinutes(5) : Duration.ofMinutes(15);
    }

    int snapshotRuns() {
        return quick ? 1 : 3;
    }

    int distinctEncoderFrames() {
        return Math.min(frames, 12);
    }

    /** Wall time after which a render, encode or end-to-end case stops timing more frames (after a few). */
    Duration caseBudget() {
        return quick ? Duration.ofSeconds(3) : Duration.ofSeconds(10);
    }
}
