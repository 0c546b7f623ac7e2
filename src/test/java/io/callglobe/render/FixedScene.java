package io.callglobe.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A fixed, hand-made scene covering every arc style: the reference for golden-image tests. */
final class FixedScene {
    private FixedScene() {
    }

    static final double[][] PLACES = {
            {40.71, -74.01}, {51.51, -0.13}, {52.52, 13.40}, {38.72, -9.14}, {40.27, -76.88}, {48.86, 2.35},
            {-23.55, -46.63}, {19.43, -99.13}, {41.88, -87.63}, {34.05, -118.24}, {6.52, 3.38}, {-33.92, 18.42},
            {55.75, 37.62}, {28.61, 77.21}, {35.68, 139.69}, {-33.87, 151.21}, {45.50, -73.57}, {4.71, -74.07},
    };

    static GlobeFrame frame(double videoSeconds) {
        List<ArcSpec> arcs = new ArrayList<>();
        ArcStyle[] styles = {ArcStyle.INBOUND, ArcStyle.INBOUND, ArcStyle.OUTBOUND, ArcStyle.RINGING,
                ArcStyle.UNANSWERED};
        for (int i = 0; i < PLACES.length; i++) {
            double[] from = PLACES[i];
            double[] to = PLACES[(i % 3 == 0) ? 4 : (i % 3 == 1 ? 1 : 3)];
            if (from == to) {
                to = PLACES[0];
            }
            ArcStyle style = styles[i % styles.length];
            float opacity = style == ArcStyle.UNANSWERED ? 0.6f : 1f;
            arcs.add(new ArcSpec(from[0], from[1], to[0], to[1], style, opacity, style == ArcStyle.RINGING ? 0.5f + i * 0.05f : 1f,
                    (i * 0.618f) % 1f));
        }
        arcs.add(new ArcSpec(40.71, -74.01, 40.27, -76.88, ArcStyle.INBOUND, 1f, 1f, 0.3f));
        arcs.add(new ArcSpec(40.71, -74.01, 40.27, -76.88, ArcStyle.INBOUND, 1f, 1f, 0.8f));
        HudState hud = new HudState(Instant.parse("2026-11-20T15:30:00Z"), ZoneOffset.UTC, 4, 11, "Contact centre");
        return new GlobeFrame(videoSeconds, arcs, hud);
    }
}
