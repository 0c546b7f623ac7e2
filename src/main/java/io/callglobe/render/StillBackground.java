package io.callglobe.render;

import com.jogamp.opengl.GL3;

/**
 * Space, the Earth and its borders: everything under the calls. With a camera that does not move it is drawn
 * once, multisampled, and each frame starts as a copy of it. With a moving camera the globe is drawn again
 * each frame: multisampled as a whole when asked for, else over a copy of space and the halo, which do not
 * move (the limb is antialiased in the globe's shader either way).
 */
final class StillBackground {
    private final GL3 gl;
    private RenderSettings settings;
    private final BackdropLayer backdrop;
    private final EarthLayer earth;
    private final BorderLayer borders;
    private final OffscreenTarget multisampled;
    /** The whole background for a still camera; space alone for a moving one drawn single-sampled. */
    private final OffscreenTarget cache;
    private boolean cacheFilled;

    StillBackground(GL3 gl, RenderSettings settings, EarthMap earthMap) {
        this.gl = gl;
        this.settings = settings;
        backdrop = new BackdropLayer(gl);
        earth = new EarthLayer(gl, settings.style(), earthMap);
        borders = settings.borders() ? new BorderLayer(gl, settings.style(), settings.height()) : null;
        int width = settings.width();
        int height = settings.height();
        multisampled = settings.samples() > 1 ? new OffscreenTarget(gl, width, height, settings.samples()) : null;
        cache = settings.camera().isStill() || multisampled == null ? new OffscreenTarget(gl, width, height, 1) : null;
    }

    /** The same settings with the camera elsewhere, for the next frame on. */
    void aim(RenderSettings aimed) {
        settings = aimed;
        cacheFilled = false;
    }

    /**
     * Draws what a still camera sees once, ahead of the first frame, for a caller with time on its hands (the
     * frame is still being built); does nothing for a moving camera, whose globe is drawn each frame.
     */
    void prepare(FrameView view) {
        if (settings.camera().isStill() && !cacheFilled) {
            drawWhole(cache, view);
            cacheFilled = true;
        }
    }

    /** Fills {@code frame} with the background seen at this video time. */
    void drawInto(OffscreenTarget frame, FrameView view) {
        if (settings.camera().isStill()) {
            prepare(view);
            cache.copyTo(frame);
        } else if (multisampled != null) {
            drawWhole(frame, view);
        } else {
            if (!cacheFilled) {
                cache.bindForDrawing();
                drawBackdrop();
                cacheFilled = true;
            }
            cache.copyTo(frame);
            frame.bindForDrawing();
            drawGlobe(view);
        }
    }

    private void drawWhole(OffscreenTarget target, FrameView view) {
        OffscreenTarget drawn = multisampled != null ? multisampled : target;
        drawn.bindForDrawing();
        drawBackdrop();
        drawGlobe(view);
        if (drawn != target) {
            drawn.copyTo(target);
        }
    }

    private void drawBackdrop() {
        gl.glDisable(GL3.GL_BLEND);
        backdrop.draw(settings.width(), settings.height(), settings.camera());
    }

    private void drawGlobe(FrameView view) {
        gl.glEnable(GL3.GL_CULL_FACE);
        // The vertical flip for top-down readback turns the winding around.
        gl.glFrontFace(GL3.GL_CW);
        gl.glEnable(GL3.GL_BLEND);
        // Colour blends; alpha stays the backdrop's opaque 1 so PNGs and encoders see an opaque frame.
        gl.glBlendFuncSeparate(GL3.GL_ONE, GL3.GL_ONE_MINUS_SRC_ALPHA, GL3.GL_ZERO, GL3.GL_ONE);
        earth.draw(view.viewProjection(), view.eye(), settings.height());
        gl.glDisable(GL3.GL_CULL_FACE);
        if (borders != null) {
            borders.draw(view.viewProjection(), view.eye());
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
