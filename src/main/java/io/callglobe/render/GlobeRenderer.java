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

    private RenderSettings settings;
    private final GLOffscreenAutoDrawable drawable;
    private final GL3 gl;
    private final OffscreenTarget target;
    private final StillBackground background;
    private final ArcLayer arcs;
    private final EndpointLayer endpoints;
    private final HudLayer hud;
    private final ReducedResolutionLayer reduced;
    /**
     * Only for a still camera (a moving one sees every arc in a new place each frame), and made for the second
     * frame: a single snapshot gains nothing from it.
     */
    private SteadyArcLayer steady;
    private boolean framesBefore;
    private final List<ArcSpec> drawnArcs = new ArrayList<>();
    private final List<ArcSpec> steadyArcs = new ArrayList<>();
    private final List<ArcSpec> changingArcs = new ArrayList<>();
    private final List<ArcSpec> highlightedArcs = new ArrayList<>();
    private SceneDensity density;
    private boolean reducedResolution;
    private boolean closed;

    public GlobeRenderer(RenderSettings settings) {
        this.settings = settings;
        CompletableFuture<EarthMap> earthMap = EarthMap.decodeInBackground(settings);
        // The default framebuffer is never drawn to: a tiny one keeps the context's own memory small.
        drawable = HeadlessGl.createOffscreen(16, 16);
        makeCurrent();
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

    /**
     * Points the camera elsewhere before the first frame, for a caller that learns where to look while the
     * renderer starts. The camera keeps its altitude, for which the Earth map was sized, and stays still or
     * turning, for which the background was made.
     */
    public void aim(CameraView camera) {
        CameraView current = settings.camera();
        if (camera.altitude() != current.altitude() || camera.isStill() != current.isStill()) {
            throw new IllegalArgumentException("only the point the camera looks down on can change");
        }
        if (framesBefore) {
            throw new IllegalStateException("the camera is aimed before the first frame");
        }
        settings = settings.withCamera(camera);
        background.aim(settings);
    }

    /**
     * Draws ahead what does not depend on the calls, for a caller waiting for its first frame to be built: the
     * first {@link #render} then only copies it.
     */
    public void prepareBackground() {
        requireOpen();
        makeCurrent();
        background.prepare(FrameView.of(settings, 0));
    }

    /** Draws the frame and copies it into {@code rgba}, a buffer of exactly width*height*4 bytes. */
    public void render(GlobeFrame frame, ByteBuffer rgba) {
        requireOpen();
        makeCurrent();
        FrameView view = FrameView.of(settings, frame.videoSeconds());
        background.drawInto(target, view);
        float lineWidth = settings.lineWidth() * settings.scale();
        density = SceneDensity.of(frame.arcs().size(), view.globeRadius()).heldFrom(density);
        density.select(frame.arcs(), drawnArcs);
        reducedResolution = drawnArcs.size() >= (reducedResolution ? FULL_RESOLUTION_ARCS : REDUCED_RESOLUTION_ARCS);
        if (reducedResolution && framesBefore && settings.camera().isStill()) {
            if (steady == null) {
                steady = new SteadyArcLayer(gl, reduced.width(), reduced.height());
            }
            drawWithSteadyLayer(reduced.view(view), lineWidth * reduced.scale());
            reduced.addTo(target, view);
        } else if (reducedResolution) {
            drawCalls(reduced.begin(view), lineWidth * reduced.scale());
            reduced.addTo(target, view);
        } else {
            if (steady != null) {
                steady.forget();
            }
            target.bindForDrawing();
            drawCalls(view, lineWidth);
        }

        gl.glBlendFuncSeparate(GL3.GL_SRC_ALPHA, GL3.GL_ONE_MINUS_SRC_ALPHA, GL3.GL_ZERO, GL3.GL_ONE);
        hud.draw(frame.hud(), density.callsPerDrawnArc(), view.width(), view.height(), true);

        target.readInto(rgba);
        framesBefore = true;
        int error = gl.glGetError();
        if (error != GL3.GL_NO_ERROR) {
            throw new IllegalStateException("OpenGL error 0x" + Integer.toHexString(error) + " while rendering");
        }
    }

    private void drawCalls(FrameView view, float lineWidth) {
        addingLight();
        arcs.draw(drawnArcs, ArcPart.WHOLE, view, lineWidth, density, density.arcIntensity());
        drawEndpoints(view, lineWidth);
    }

    /** The same picture as drawCalls, with the steady light of calls in progress kept from the frame before. */
    private void drawWithSteadyLayer(FrameView layerView, float lineWidth) {
        steadyArcs.clear();
        changingArcs.clear();
        highlightedArcs.clear();
        for (ArcSpec arc : drawnArcs) {
            boolean isSteady = SteadyArcLayer.isSteady(arc);
            (isSteady ? steadyArcs : changingArcs).add(arc);
            if (isSteady && density.highlights(arc)) {
                highlightedArcs.add(arc);
            }
        }
        steady.update(steadyArcs, arcs, layerView, lineWidth, density);
        reduced.beginUncleared();
        steady.writeOnto(layerView, density.arcIntensity());
        addingLight();
        arcs.draw(changingArcs, ArcPart.WHOLE, layerView, lineWidth, density, density.arcIntensity());
        arcs.draw(highlightedArcs, ArcPart.HIGHLIGHT, layerView, lineWidth, density, density.arcIntensity());
        drawEndpoints(layerView, lineWidth);
    }

    /** Every drawn call's endpoints, glowing a few line widths across. */
    private void drawEndpoints(FrameView view, float lineWidth) {
        endpoints.draw(drawnArcs, view, lineWidth * 5f, density);
    }

    private void addingLight() {
        gl.glEnable(GL3.GL_BLEND);
        // Arcs and endpoints add light; alpha stays as it is (the background's opaque 1).
        gl.glBlendFuncSeparate(GL3.GL_ONE, GL3.GL_ONE, GL3.GL_ZERO, GL3.GL_ONE);
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("renderer is closed");
        }
    }

    /** A thread can hold several renderers: each makes its own context current when it needs it. */
    private void makeCurrent() {
        GLContext context = drawable.getContext();
        if (!context.isCurrent() && context.makeCurrent() == GLContext.CONTEXT_NOT_CURRENT) {
            throw new IllegalStateException("cannot make the offscreen GL context current");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        makeCurrent();
        if (steady != null) {
            steady.delete();
        }
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
