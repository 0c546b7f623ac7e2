package io.callglobe.bench;

import io.callglobe.render.ArcSpec;
import io.callglobe.render.ArcStyle;
import io.callglobe.render.CameraView;
import io.callglobe.render.GlobeFrame;
import io.callglobe.render.HudState;
import io.callglobe.render.RenderSettings;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Frames with a given number of arcs, the same for every run: calls between the busy cities of several
 * continents, about half of them across an ocean and the rest within a few hundred kilometres, in the mix of
 * states a contact centre shows (ringing arcs growing, talking ones, unanswered ones fading).
 */
final class SyntheticScene {
    /** The camera render falls back to: over the Atlantic, both shores in view. */
    static final CameraView CAMERA = new CameraView(25, -30, CameraView.DEFAULT_ALTITUDE, 0);
    static final int FPS = 30;
    private static final double[][] CITIES = {
        {40.71, -74.01}, {34.05, -118.24}, {41.88, -87.63}, {29.76, -95.37}, {43.65, -79.38}, {19.43, -99.13},
        {-23.55, -46.63}, {-22.91, -43.17}, {-34.60, -58.38}, {4.71, -74.07}, {51.51, -0.13}, {38.72, -9.14},
        {40.42, -3.70}, {48.86, 2.35}, {52.52, 13.40}, {48.14, 11.58}, {53.35, -6.26}, {41.90, 12.50},
        {-33.92, 18.42}, {-26.20, 28.05}, {6.52, 3.38}, {30.04, 31.24}, {19.08, 72.88}, {12.97, 77.59},
        {35.68, 139.69}, {-33.87, 151.21}, {1.35, 103.82}, {25.20, 55.27}, {37.77, -122.42}, {25.76, -80.19}};
    private static final Instant CLOCK = Instant.parse("2026-11-20T15:30:00Z");

    private final List<Call> calls;

    private record Call(double fromLat, double fromLon, double toLat, double toLon, ArcStyle style, float seed,
                        int phase) {
    }

    SyntheticScene(int arcs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        calls = new ArrayList<>(arcs);
        for (int i = 0; i < arcs; i++) {
            double[] from = CITIES[random.nextInt(CITIES.length)];
            double[] to = random.nextBoolean() ? CITIES[random.nextInt(CITIES.length)] : from;
            calls.add(new Call(from[0] + jitter(random), from[1] + jitter(random), to[0] + jitter(random),
                    to[1] + jitter(random), style(random.nextDouble()), (float) random.nextDouble(),
                    random.nextInt(FPS * 4)));
        }
    }

    static RenderSettings settings(int width, int height) {
        return RenderSettings.defaults(width, height, CAMERA);
    }

    /** Frame {@code index}: ringing arcs grow and unanswered ones fade over a four-second cycle. */
    GlobeFrame frame(int index) {
        List<ArcSpec> arcs = new ArrayList<>(calls.size());
        int ringing = 0;
        int talking = 0;
        for (Call call : calls) {
            float cycle = ((index + call.phase) % (FPS * 4)) / (FPS * 4f);
            float growth = call.style == ArcStyle.RINGING ? cycle : 1;
            float opacity = call.style == ArcStyle.UNANSWERED ? 1 - cycle : 1;
            ringing += call.style == ArcStyle.RINGING ? 1 : 0;
            talking += call.style == ArcStyle.INBOUND || call.style == ArcStyle.OUTBOUND ? 1 : 0;
            arcs.add(new ArcSpec(call.fromLat, call.fromLon, call.toLat, call.toLon, call.style, opacity, growth,
                    call.seed));
        }
        HudState hud = new HudState(CLOCK.plusMillis(index * 1000L / FPS), ZoneOffset.UTC, ringing, talking,
                null);
        return new GlobeFrame((double) index / FPS, arcs, hud);
    }

    /** Up to about 3 degrees: calls within one metropolitan area or region. */
    private static double jitter(SplittableRandom random) {
        return (random.nextDouble() - 0.5) * 6;
    }

    private static ArcStyle style(double draw) {
        if (draw < 0.15) {
            return ArcStyle.RINGING;
        }
        if (draw < 0.70) {
            return ArcStyle.INBOUND;
        }
        return draw < 0.90 ? ArcStyle.OUTBOUND : ArcStyle.UNANSWERED;
    }
}
