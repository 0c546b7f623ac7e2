package io.callglobe.render;

import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLOffscreenAutoDrawable;

import java.nio.ByteBuffer;

/**
 * Renders {@link GlobeFrame}s offscreen and reads each back as tightly packed RGBA, rows top first, ready
 * for an encoder or a PNG. Owns a GL context: create, use and close it on one thread.
 */
public final class GlobeRenderer implements AutoCloseable {
    private final RenderSettings settings;
    private final GLOffscreenAutoDrawable drawable;
    private final GL3 gl;
    private final OffscreenTarget target;
    private final BackdropLayer backdrop;
    private final EarthLayer earth;
    private final BorderLayer borders;
    private final ArcLayer arcs;
    private final EndpointLayer endpoints;
    private final HudLayer hud;
    private boolean closed;

    public GlobeRenderer(RenderSettings settings) {
        this.settings = settings;
        // The default framebuffer is never drawn to: a tiny one keeps the context's own memory small.
        drawable = HeadlessGl.createOffscreen(16, 16);
        if (drawable.getContext().makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
            throw new IllegalStateException("cannot make the offscreen GL context current");
        }
        gl = drawable.getGL().getGL3();
        target = new OffscreenTarget(gl, settings.width(), settings.height(), settings.samples());
        backdrop = new BackdropLayer(gl);
        earth = new EarthLayer(gl, settings.style());
        borders = settings.borders() ? new BorderLayer(gl, settings.style()) : null;
        arcs = new ArcLayer(gl);
        endpoints = new EndpointLayer(gl);
        hud = new HudLayer(gl, settings.scale());
    }

    public RenderSettings settings() {
        return settings;
    }

    /** Draws the frame and copies it into {@code rgba}, a buffer of exactly width*height*4 bytes. */
    public void render(GlobeFrame frame, ByteBuffer rgba) {
        if (closed) {
            throw new IllegalStateException("renderer is closed");
        }
        int width = settings.width();
        int height = settings.height();
        double aspect = (double) width / height;
        CameraView camera = settings.camera();
        double[] eye = camera.eye(frame.videoSeconds());
        float[] viewProjection = camera.viewProjection(frame.videoSeconds(), aspect, true);

        target.bindForDrawing();
        gl.glClearColor(0, 0, 0, 1);
        gl.glClear(GL3.GL_COLOR_BUFFER_BIT | GL3.GL_DEPTH_BUFFER_BIT);

        gl.glDisable(GL3.GL_DEPTH_TEST);
        gl.glDisable(GL3.GL_BLEND);
        backdrop.draw(width, height, camera.altitude());

        gl.glEnable(GL3.GL_DEPTH_TEST);
        gl.glDepthMask(true);
        gl.glEnable(GL3.GL_CULL_FACE);
        // The vertical flip for top-down readback turns the winding around.
        gl.glFrontFace(GL3.GL_CW);
        earth.draw(viewProjection, eye);
        gl.glDisable(GL3.GL_CULL_FACE);

        gl.glDepthMask(false);
        gl.glEnable(GL3.GL_BLEND);
        // Colour blends; alpha stays the backdrop's opaque 1 so PNGs and encoders see an opaque frame.
        gl.glBlendFuncSeparate(GL3.GL_ONE, GL3.GL_ONE_MINUS_SRC_ALPHA, GL3.GL_ZERO, GL3.GL_ONE);
        if (borders != null) {
            borders.draw(viewProjection, eye);
        }
        gl.glBlendFuncSeparate(GL3.GL_ONE, GL3.GL_ONE, GL3.GL_ZERO, GL3.GL_ONE);
        float lineWidth = settings.lineWidth() * settings.scale();
        arcs.draw(frame.arcs(), viewProjection, width, height, lineWidth, frame.videoSeconds());
        endpoints.draw(frame.arcs(), viewProjection, width, height, lineWidth * 5f, frame.videoSeconds());

        gl.glDisable(GL3.GL_DEPTH_TEST);
        gl.glBlendFuncSeparate(GL3.GL_SRC_ALPHA, GL3.GL_ONE_MINUS_SRC_ALPHA, GL3.GL_ZERO, GL3.GL_ONE);
        hud.draw(frame.hud(), width, height, true);
        gl.glDepthMask(true);

        target.readInto(rgba);
        int error = gl.glGetError();
        if (error != GL3.GL_NO_ERROR) {
            throw new IllegalStateException("OpenGL error 0x" + Integer.toHexString(error) + " while rendering");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        hud.delete();
        endpoints.delete();
        arcs.delete();
        if (borders != null) {
            borders.delete();
        }
        earth.delete();
        backdrop.delete();
        target.delete();
        drawable.getContext().release();
        drawable.destroy();
    }
}
