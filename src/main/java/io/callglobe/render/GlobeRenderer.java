package io.callglobe.render;

import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLContext;
import com.jogamp.opengl.GLOffscreenAutoDrawable;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Renders {@link GlobeFrame}s offscreen and reads each back as tightly packed RGBA, rows top first, ready
 * for an encoder or a PNG. Owns a GL context: create, use and close it on one thread.
 */
public final class GlobeRenderer implements AutoCloseable {
    /** From this many arcs on, arcs and endpoints are drawn at half resolution (see ReducedResolutionLayer). */
    private static final int REDUCED_RESOLUTION_ARCS = 500;
    /**
     * Back to full resolution only below this many: a count hovering around the threshold must not flip the
     * look of the arcs from frame to frame.
     */
    private static final int FULL_RESOLUTION_ARCS = 400;

    private final RenderSettings settings;
    private final GLOffscreenAutoDrawable drawable;
    private final GL3 gl;
    private final OffscreenTarget target;
    private final StillBackground background;
    private final ArcLayer arcs;
    private final EndpointLayer endpoints;
    private final HudLayer hud;
    private final ReducedResolutionLayer reduced;
    private final List<ArcSpec> drawnArcs = new ArrayList<>();
    private boolean reducedResolution;
    private boolean closed;

    public GlobeRenderer(RenderSettings settings) {
        this.settings = settings;
        CompletableFuture<EarthMap> earthMap = EarthMap.decodeInBackground(settings);
        // The default framebuffer is never drawn to: a tiny one keeps the context's own memory small.
        drawable = HeadlessGl.createOffscreen(16, 16);
        if (drawable.getContext().makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
            throw new IllegalStateException("cannot make the offscreen GL context current");
        }
        gl = drawable.getGL().getGL3();
        target = new OffscreenTarget(gl, settings.width(), settings.height(), 1);
        background = new StillBackground(gl, settings, earthMap.join());
        arcs = new ArcLayer(gl);
        endpoints = new EndpointLayer(gl);
        hud = new HudLayer(gl, settings.scale());
        reduced = new ReducedResolutionLayer(gl, settings.width(), settings.height());
    }

    public RenderSettings settings() {
        return settings;
    }

    /** Draws the frame and copies it into {@code rgba}, a buffer of exactly width*height*4 bytes. */
    public void render(GlobeFrame frame, ByteBuffer rgba) {
        if (closed) {
            throw new IllegalStateException("renderer is closed");
        }
        FrameView view = FrameView.of(settings, frame.videoSeconds());
        background.drawInto(target, view);
        float lineWidth = settings.lineWidth() * settings.scale();
        SceneDensity density = SceneDensity.of(frame.arcs().size(), view.globeRadius());
        density.select(frame.arcs(), drawnArcs);
        reducedResolution = drawnArcs.size() >= (reducedResolution ? FULL_RESOLUTION_ARCS : REDUCED_RESOLUTION_ARCS);
        if (reducedResolution) {
            drawCalls(reduced.begin(view), lineWidth * reduced.scale(), density);
            reduced.addTo(target);
        } else {
            target.bindForDrawing();
            drawCalls(view, lineWidth, density);
        }

        gl.glBlendFuncSeparate(GL3.GL_SRC_ALPHA, GL3.GL_ONE_MINUS_SRC_ALPHA, GL3.GL_ZERO, GL3.GL_ONE);
        hud.draw(frame.hud(), density.callsPerDrawnArc(), view.width(), view.height(), true);

        target.readInto(rgba);
        int error = gl.glGetError();
        if (error != GL3.GL_NO_ERROR) {
            throw new IllegalStateException("OpenGL error 0x" + Integer.toHexString(error) + " while rendering");
        }
    }

    private void drawCalls(FrameView view, float lineWidth, SceneDensity density) {
        gl.glEnable(GL3.GL_BLEND);
        // Arcs and endpoints add light; alpha stays as it is (the background's opaque 1).
        gl.glBlendFuncSeparate(GL3.GL_ONE, GL3.GL_ONE, GL3.GL_ZERO, GL3.GL_ONE);
        arcs.draw(drawnArcs, view, lineWidth, density);
        endpoints.draw(drawnArcs, view, lineWidth * 5f, density);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        reduced.delete();
        hud.delete();
        endpoints.delete();
        arcs.delete();
        background.delete();
        target.delete();
        drawable.getContext().release();
        drawable.destroy();
    }
}
