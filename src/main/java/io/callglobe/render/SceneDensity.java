package io.callglobe.render;

/**
 * How crowded the globe is, from the number of arcs: a busy globe draws each arc dimmer, thinner and with
 * less detail, so that thousands of calls read as a texture of light rather than burning out to white.
 */
final class SceneDensity {
    /** Up to this many arcs draw at full strength; beyond it each dims so the sum stays readable. */
    private static final int FULL_STRENGTH_ARCS = 40;
    private static final float MIN_INTENSITY = 0.18f;
    /** From this many arcs on, the globe counts as fully busy. */
    private static final int BUSY_ARCS = 10_000;

    private SceneDensity() {
    }

    static float intensity(int arcCount) {
        return (float) Math.max(MIN_INTENSITY, Math.min(1, Math.sqrt((double) FULL_STRENGTH_ARCS / arcCount)));
    }

    /** 0 with a few dozen arcs, rising logarithmically to 1 at {@link #BUSY_ARCS}. */
    static float busyness(int arcCount) {
        double share = Math.log((double) arcCount / FULL_STRENGTH_ARCS) / Math.log((double) BUSY_ARCS / FULL_STRENGTH_ARCS);
        return (float) Math.max(0, Math.min(1, share));
    }

    static float mix(float quiet, float busy, float busyness) {
        return quiet + (busy - quiet) * busyness;
    }
}
