package io.callglobe.bench;

import io.callglobe.cli.Main;

/** {@code callglobe} in a child JVM that reports its own peak memory on stderr as it exits. */
public final class BenchChildMain {
    static final String PEAKS = "bench-child-peaks";

    private BenchChildMain() {
    }

    public static void main(String[] args) {
        MemoryUse.watchHeap();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.err.printf("%s rss=%d heap=%d%n", PEAKS,
                MemoryUse.peakRssBytes(), MemoryUse.peakHeapBytes())));
        Main.main(args);
    }
}
