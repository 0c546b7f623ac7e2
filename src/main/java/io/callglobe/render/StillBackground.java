package io.callglobe.render;

import com.jogamp.opengl.GL3;

/**
 * Space, the Earth and its borders: everything under the calls. Drawn multisampled for a smooth limb; with a
 * camera that does not move it is drawn once and each frame starts as a copy of it.
 */
final class StillBackground {
    private final GL3 gl;
    private final RenderSettings settings;
    private final BackdropLayer backdrop;
    private final EarthLayer earth;
    private final BorderLayer borders;
    private final OffscreenTarget multisampled;
    private final OffscreenTarget cache;
    private boolean cached;

    StillBackground(GL3 gl, RenderSettings settings, EarthMap earthMap) {
        this.gl = gl;
        this.settings = settings;
        backdrop = new BackdropLayer(gl);
        earth = new EarthLayer(gl, settings.style(), earthMap);
        borders = settings.borders() ? new BorderLayer(gl, settings.style()) : null;
        int width = settings.width();
        int height = settings.height();
        multisampled = settings.samples() > 1 ? new OffscreenTarget(gl, width, height, settings.samples()) : null;
        cache = isStill() ? new OffscreenTarget(gl, width, height, 1) : null;
    }

    /** Fills {@code frame} with the background seen at this video time. */
    void drawInto(OffscreenTarget frame, FrameView view) {
        if (cached) {
            cache.copyTo(frame);
            return;
        }
        OffscreenTarget finished = cache != null ? cache : frame;
        OffscreenTarget drawn = multisampled != null ? multisampled : finished;
        drawn.bindForDrawing();
        draw(view.viewProjection(), view.eye());
        if (drawn != finished) {
            drawn.copyTo(finished);
        }
        if (finished != frame) {
            finished.copyTo(frame);
            cached = true;
        }
    }

    private boolean isStill() {
        return settings.camera().degreesPerSecond() == 0;
    }

    private void draw(float[] viewProjection, double[] eye) {
        gl.glDisable(GL3.GL_BLEND);
        backdrop.draw(settings.width(), settings.height(), settings.camera());
        gl.glEnable(GL3.GL_CULL_FACE);
        // The vertical flip for top-down readback turns the winding around.
        gl.glFrontFace(GL3.GL_CW);
        earth.draw(viewProjection, eye);
        gl.glDisable(GL3.GL_CULL_FACE);
        if (borders != null) {
            gl.glEnable(GL3.GL_BLEND);
            // Colour blends; alpha stays the backdrop's opaque 1 so PNGs and encoders see an opaque frame.
            gl.glBlendFuncSeparate(GL3.GL_ONE, GL3.GL_ONE_MINUS_SRC_ALPHA, GL3.GL_ZERO, GL3.GL_ONE);
            borders.draw(viewProjection, eye);
        }
    }

    void delete() {
        if (cache != null) {
            cache.delete();
        }
        if (multisampled != null) {
            multisampled.delete();
        }
        if (borders != null) {
            borders.delete();
        }
        earth.delete();
        backdrop.delete();
    }
}
