package io.callglobe.render;

/**
 * How one frame sees the globe, shared by the layers drawn over it.
 *
 * @param viewProjection  column-major, flipped vertically so rows read back top first
 * @param eye             camera position in globe units (radius 1)
 * @param globeRadius     the globe's radius on screen in pixels
 * @param lightRadius     pixels from the centre within which arcs and endpoints can shed light
 */
record FrameView(float[] viewProjection, double[] eye, int width, int height, float globeRadius, float lightRadius,
                 double videoSeconds) {
    /** Beyond the highest arc: its glow, and the largest endpoint hubs, in pixels at 720 lines. */
    private static final double GLOW_MARGIN = 12;

    static FrameView of(RenderSettings settings, double videoSeconds) {
        CameraView camera = settings.camera();
        double aspect = (double) settings.width() / settings.height();
        double lightRadius = camera.screenRadius(ArcLayer.highestArc()) * settings.height() / 2
                + GLOW_MARGIN * settings.scale();
        return new FrameView(camera.viewProjection(videoSeconds, aspect, true), camera.eye(videoSeconds),
                settings.width(), settings.height(), (float) settings.globeRadiusPixels(),
                (float) lightRadius, videoSeconds);
    }

    /** The same view drawn into a target of another size: the globe keeps its place in the picture. */
    FrameView resized(int newWidth, int newHeight) {
        float scale = (float) newHeight / height;
        return new FrameView(viewProjection, eye, newWidth, newHeight, globeRadius * scale, lightRadius * scale,
                videoSeconds);
    }

    void setOn(ShaderProgram program) {
        program.setMatrix("u_viewProjection", viewProjection);
        program.set("u_eye", (float) eye[0], (float) eye[1], (float) eye[2]);
        program.set("u_viewport", width, height);
        program.set("u_time", (float) videoSeconds);
    }
}
