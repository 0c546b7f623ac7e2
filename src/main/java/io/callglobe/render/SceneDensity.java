package io.callglobe.render;

import java.util.List;

/**
 * How crowded the globe is, from the number of arcs: a busy globe draws each arc dimmer, thinner and with
 * less detail, so that thousands of calls read as a texture of light rather than burning out to white.
 * Beyond {@link #MAX_DRAWN_ARCS} only a share of the calls is drawn, each brighter for the ones left out:
 * the picture keeps its texture and its overall light, and the HUD still counts every call. The thresholds are
 * for the globe of a 720p frame: a smaller globe crowds the same calls into fewer pixels.
 *
 * @param busyness      0 with a few dozen arcs, rising logarithmically to 1 at {@link #BUSY_ARCS}, in steps of
 *                      {@link #BUSYNESS_STEP}
 * @param arcIntensity  brightness of each drawn arc, 1 for a lone call
 * @param drawnShare    the share of calls drawn, chosen by a stable hash of each call's seed
 * @param highlightShare the share of drawn calls in progress whose highlight runs along their arc, chosen the same way
 */
record SceneDensity(float busyness, float arcIntensity, float drawnShare, float highlightShare) {
    /** Up to this many arcs draw at full strength; beyond it each dims so the sum stays readable. */
    private static final int FULL_STRENGTH_ARCS = 40;
    private static final float MIN_INTENSITY = 0.18f;
    /** Beyond this many arcs the total light still grows, but slowly, so a huge load does not turn white. */
    private static final int SATURATION_ARCS = 2_000;
    private static final int BUSY_ARCS = 10_000;
    private static final int MAX_DRAWN_ARCS = 5_000;
    /**
     * Beyond this many drawn arcs only a share of the calls in progress shows a travelling highlight: among
     * thousands of arcs a few thousand highlights already read as a busy, moving globe, and each costs a
     * ribbon drawn anew every frame.
     */
    private static final int MAX_HIGHLIGHTS = 2_000;
    /** The globe's radius in pixels at 720 lines and the default altitude, for which the thresholds hold. */
    private static final double REFERENCE_GLOBE_RADIUS = 322;
    /**
     * Busyness shapes each arc, and the steady light of calls kept between frames (SteadyArcLayer) is drawn anew
     * whenever it changes: in small steps, it changes only now and then.
     */
    private static final float BUSYNESS_STEP = 1 / 32f;

    static SceneDensity of(int calls, float globeRadiusPixels) {
        double crowding = REFERENCE_GLOBE_RADIUS / globeRadiusPixels;
        double arcCount = Math.max(1, calls * crowding);
        double share = Math.log(arcCount / FULL_STRENGTH_ARCS) / Math.log((double) BUSY_ARCS / FULL_STRENGTH_ARCS);
        float busyness = Math.round(Math.max(0, Math.min(1, share)) / BUSYNESS_STEP) * BUSYNESS_STEP;
        double intensity = Math.max(MIN_INTENSITY, Math.min(1, Math.sqrt(FULL_STRENGTH_ARCS / arcCount)));
        if (arcCount > SATURATION_ARCS) {
            intensity *= Math.pow(SATURATION_ARCS / arcCount, 0.75);
        }
        float drawnShare = (float) Math.min(1, MAX_DRAWN_ARCS / arcCount);
        float highlightShare = (float) Math.min(1, MAX_HIGHLIGHTS / (arcCount * drawnShare));
        return new SceneDensity(busyness, (float) Math.min(1, intensity / drawnShare), drawnShare, highlightShare);
    }

    /**
     * This density, with {@code previous}'s busyness while it is only a step away: a call count hovering around a
     * step must not redraw the kept light again and again.
     */
    SceneDensity heldFrom(SceneDensity previous) {
        if (previous == null || Math.abs(busyness - previous.busyness) > BUSYNESS_STEP * 1.5f) {
            return this;
        }
        return new SceneDensity(previous.busyness, arcIntensity, drawnShare, highlightShare);
    }

    /** Fills {@code drawn} with the arcs to draw: all of them, or the same share of calls from frame to frame. */
    void select(List<ArcSpec> arcs, List<ArcSpec> drawn) {
        drawn.clear();
        for (ArcSpec arc : arcs) {
            // The seed also shapes the arc: a hash of it keeps the drawn ones as varied as all of them.
            if (drawnShare >= 1 || fraction(arc.seed() * 91.7f) < drawnShare) {
                drawn.add(arc);
            }
        }
    }

    /** Whether a drawn arc shows its call's travelling highlight: the same calls from frame to frame. */
    boolean highlights(ArcSpec arc) {
        if (highlightShare >= 1) {
            return true;
        }
        // An integer hash: a product with the seed, as select uses, would pick calls in step with the drawn ones.
        int hash = Float.floatToIntBits(arc.seed()) * 0x9E3779B1;
        return (hash >>> 16) < highlightShare * 0x10000;
    }

    /** For the HUD: 1 when every call is drawn, else about how many calls each drawn arc stands for. */
    int callsPerDrawnArc() {
        return drawnShare >= 1 ? 1 : Math.max(2, Math.round(1 / drawnShare));
    }

    /** {@code quiet} on a near-empty globe, {@code busy} on a crowded one. */
    float mix(float quiet, float busy) {
        return quiet + (busy - quiet) * busyness;
    }

    private static float fraction(float x) {
        return x - (float) Math.floor(x);
    }
}
