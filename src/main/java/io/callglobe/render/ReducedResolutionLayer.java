package io.callglobe.render;

import com.jogamp.opengl.GL3;

/**
 * Light drawn at half the frame's resolution and added onto the frame, smoothly scaled up. llvmpipe's cost for
 * thin, long ribbons grows with the pixel blocks they cross, so thousands of arcs draw about three times
 * faster this way; on a busy globe they are thin and dim, and the softer lines go unnoticed.
 */
final class ReducedResolutionLayer {
    private final GL3 gl;
    private final int frameHeight;
    private final TextureTarget layer;
    private final ShaderProgram composite;

    ReducedResolutionLayer(GL3 gl, int frameWidth, int frameHeight) {
        this.gl = gl;
        this.frameHeight = frameHeight;
        layer = new TextureTarget(gl, Math.max(1, frameWidth / 2), Math.max(1, frameHeight / 2), GL3.GL_RGBA8,
                "half-resolution");
        composite = new ShaderProgram(gl, "light", "composite");
    }

    /** The layer's pixels per frame pixel. */
    float scale() {
        return (float) layer.height() / frameHeight;
    }

    int width() {
        return layer.width();
    }

    int height() {
        return layer.height();
    }

    /** The frame's view, scaled to the layer. */
    FrameView view(FrameView frame) {
        return frame.resized(layer.width(), layer.height());
    }

    /** Binds the layer, cleared, for drawing; the returned view is the frame's, scaled to the layer. */
    FrameView begin(FrameView frame) {
        layer.bindForDrawing();
        gl.glClearColor(0, 0, 0, 0);
        gl.glClear(GL3.GL_COLOR_BUFFER_BIT);
        return view(frame);
    }

    /**
     * Binds the layer for drawing as it is, for a caller that first writes over the whole of the light's circle
     * (see FrameView.lightRadius); nothing is drawn or composited outside it.
     */
    void beginUncleared() {
        layer.bindForDrawing();
    }

    /** Adds the layer's light onto {@code frame}, seen in {@code view}, leaving the frame's alpha alone. */
    void addTo(OffscreenTarget frame, FrameView view) {
        frame.bindForDrawing();
        layer.addLightOnto(composite, view);
    }

    void delete() {
        composite.delete();
        layer.delete();
    }
}
