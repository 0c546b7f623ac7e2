package io.callglobe.render;

/**
 * Fixed for a whole render.
 *
 * @param samples     multisampling per pixel of the globe and its borders (1 turns it off); arcs and
 *                    endpoints are antialiased in their shaders either way
 * @param lineWidth   arc width in pixels at 720 lines; scaled with the frame height
 * @param borders     draw country borders and coastlines
 */
public record RenderSettings(int width, int height, GlobeStyle style, CameraView camera, int samples,
                             float lineWidth, boolean borders) {
    public RenderSettings {
        if (width < 16 || height < 16 || width > 7680 || height > 4320) {
            throw new IllegalArgumentException("frame size must be within 16x16..7680x4320, was " + width + "x"
                    + height);
        }
        if (samples < 1 || samples > 16) {
            throw new IllegalArgumentException("samples must be within 1..16, was " + samples);
        }
        // Zero draws no arc at all; past 20 the arcs of a busy globe merge into a wash.
        if (!(lineWidth >= 0.25f && lineWidth <= 20f)) {
            throw new IllegalArgumentException("line width must be within 0.25..20 pixels, was " + lineWidth);
        }
    }

    public static RenderSettings defaults(int width, int height, CameraView camera) {
        return new RenderSettings(width, height, GlobeStyle.NIGHT, camera, 4, 2.2f, true);
    }

    public RenderSettings withCamera(CameraView aimed) {
        return new RenderSettings(width, height, style, aimed, samples, lineWidth, borders);
    }

    /** The globe's radius on screen, in pixels. */
    double globeRadiusPixels() {
        return camera.globeScreenRadius() * height / 2;
    }

    /** Pixels per "720p pixel", so HUD text and arcs keep their proportions at any size. */
    float scale() {
        return height / 720f;
    }
}
