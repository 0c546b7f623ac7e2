package io.callglobe.render;

/**
 * How one frame sees the globe, shared by the layers drawn over it.
 *
 * @param viewProjection  column-major, flipped vertically so rows read back top first
 * @param eye             camera position in globe units (radius 1)
 * @param globeRadius     the globe's radius on screen in pixels
 */
record FrameView(float[] viewProjection, double[] eye, int width, int height, float globeRadius,
                 double videoSeconds) {

    static FrameView of(RenderSettings settings, double videoSeconds) {
        CameraView camera = settings.camera();
        double aspect = (double) settings.width() / settings.height();
        return new FrameView(camera.viewProjection(videoSeconds, aspect, true), camera.eye(videoSeconds),
                settings.width(), settings.height(), (float) settings.globeRadiusPixels(),
                videoSeconds);
    }

    /** The same view drawn into a target of another size: the globe keeps its place in the picture. */
    FrameView resized(int newWidth, int newHeight) {
        return new FrameView(viewProjection, eye, newWidth, newHeight, globeRadius * newHeight / height,
                videoSeconds);
    }

    void setOn(ShaderProgram program) {
        program.setMatrix("u_viewProjection", viewProjection);
        program.set("u_eye", (float) eye[0], (float) eye[1], (float) eye[2]);
        program.set("u_viewport", width, height);
        program.set("u_time", (float) videoSeconds);
    }
}
