package io.callglobe.geo;

import java.nio.charset.StandardCharsets;

/** A tiny seeded generator whose sequence is fixed by the seed alone, on every JVM and run. */
final class SplitMix64 {

    private long state;

    SplitMix64(long seed) {
        state = seed;
    }

    /** A seed from text: FNV-1a over its UTF-8 bytes. */
    static SplitMix64 seededBy(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return new SplitMix64(hash);
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }
}
