package io.callglobe.cli;

import io.callglobe.calls.CallTracker;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.GeoPoint;
import io.callglobe.render.CameraView;
import io.callglobe.render.GlobeStyle;
import io.callglobe.render.RenderSettings;
import io.callglobe.scene.HudOptions;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/** How the globe looks and where the camera is: shared by every command that draws. */
final class SceneOptions {
    /** Where the camera looks when the log gives no hint (stdin): over the Atlantic, both shores in view. */
    private static final GeoPoint FALLBACK_CENTER = new GeoPoint(25, -30);
    private static final double MAX_CENTER_LATITUDE = 60;

    @Option(names = "--size", paramLabel = "WxH", converter = Converters.Size.class, defaultValue = "1280x720",
            description = "Frame size in pixels (default: ${DEFAULT-VALUE}).")
    Converters.FrameSize size;

    @Option(names = "--style", paramLabel = "night|day", defaultValue = "night",
            description = "night: city lights on a dark globe, for wall displays (default); day: Blue Marble.")
    String style;

    @Option(names = "--center", paramLabel = "LAT,LON", converter = Converters.LatLon.class,
            description = "Point the camera looks down on (default: the centre of the log's calls).")
    GeoPoint center;

    @Option(names = "--altitude", paramLabel = "RADII", defaultValue = "" + CameraView.DEFAULT_ALTITUDE,
            description = "Camera height above the surface in Earth radii (default: ${DEFAULT-VALUE}).")
    double altitude;

    @Option(names = "--rotate", paramLabel = "DEG/S", defaultValue = "0",
            description = "Turn the globe eastwards this many degrees per video second, -360..360; negative turns "
                    + "it westwards (default: still).")
    double rotate;

    @Option(names = "--title", description = "A title shown above the clock.")
    String title;

    @Option(names = "--tz", paramLabel = "ZONE", converter = Converters.Zone.class, defaultValue = "UTC",
            description = "Time zone of the on-screen clock, e.g. Europe/Lisbon (default: ${DEFAULT-VALUE}).")
    ZoneId zone;

    @Option(names = "--ttl", paramLabel = "DURATION", converter = Converters.Span.class, defaultValue = "4h",
            description = "A call with no event for this long is dropped as never finished (default: ${DEFAULT-VALUE}).")
    Duration ttl;

    @Option(names = "--fade", paramLabel = "DURATION", converter = Converters.Span.class, defaultValue = "1.5s",
            description = "Event time an ended call takes to fade away (default: ${DEFAULT-VALUE}).")
    Duration fade;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "4",
            description = "Multisampling of the globe and borders; 1 turns it off. Arcs and the globe's edge are "
                    + "antialiased in their shaders either way. With --rotate the globe is drawn every frame and "
                    + "1 about doubles the speed, at the cost of stair-stepped borders (default: ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--line-width", paramLabel = "PX", defaultValue = "2.2",
            description = "Arc width in pixels at 720 lines, scaled with the frame, 0.25-20 "
                    + "(default: ${DEFAULT-VALUE}).")
    float lineWidth;

    @Option(names = "--no-borders", negatable = false,
            description = "Leave out country borders and coastlines.")
    boolean noBorders;

    @Option(names = {"-v", "--verbose"}, description = "Log every skipped event (phone numbers stay out of logs).")
    boolean verbose;

    RenderSettings renderSettings(GeoPoint activityCenter) {
        GeoPoint look = center != null ? center : activityCenter != null ? activityCenter : FALLBACK_CENTER;
        double lat = center != null ? look.lat()
                : Math.max(-MAX_CENTER_LATITUDE, Math.min(MAX_CENTER_LATITUDE, look.lat()));
        CameraView camera = new CameraView(lat, look.lon(), altitude, rotate);
        return new RenderSettings(size.width(), size.height(), globeStyle(), camera, samples, lineWidth, !noBorders);
    }

    HudOptions hudOptions() {
        return new HudOptions(zone == null ? ZoneOffset.UTC : zone, title);
    }

    CallTracker tracker(EventProblems problems) {
        return new CallTracker(problems, fade, ttl);
    }

    private GlobeStyle globeStyle() {
        return switch (style.toLowerCase(Locale.ROOT)) {
            case "night" -> GlobeStyle.NIGHT;
            case "day" -> GlobeStyle.DAY;
            default -> throw new IllegalArgumentException("--style must be night or day, was '" + style + "'");
        };
    }
}
