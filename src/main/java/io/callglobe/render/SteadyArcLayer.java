package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.util.ArrayList;
import java.util.List;

/**
 * The steady light of the calls in progress, kept between frames of a still camera. A call's arc does not
 * change while it lasts, and from one frame to the next only a few calls start or end: this layer adds the
 * arcs that appeared and subtracts the ones that went, instead of drawing thousands of arcs every frame.
 * It holds the light at unit intensity in 32-bit floats, so the subtractions undo the additions to well below
 * what a frame's 8 bits show; it is drawn anew from scratch whenever the arcs' shape changes (the density's
 * busyness), when most arcs changed at once, and every {@link #FRAMES_BETWEEN_REDRAWS} frames regardless.
 */
final class SteadyArcLayer {
    static final int FRAMES_BETWEEN_REDRAWS = 1_800;

    private final GL3 gl;
    private final TextureTarget layer;
    private final ShaderProgram scaledCopy;
    /** How many times each arc is in the layer now (twin calls can have identical arcs). */
    private ArcCounts kept = new ArcCounts();
    private ArcCounts wanted = new ArcCounts();
    private final List<ArcSpec> added = new ArrayList<>();
    private final List<ArcSpec> removed = new ArrayList<>();
    private float keptBusyness = Float.NaN;
    private int framesSinceRedraw;

    SteadyArcLayer(GL3 gl, int width, int height) {
        this.gl = gl;
        layer = new TextureTarget(gl, width, height, GL3.GL_RGBA32F, "steady arc");
        scaledCopy = new ShaderProgram(gl, "light", "steady");
    }

    /** True for an arc whose light stays the same from frame to frame, apart from its highlight. */
    static boolean isSteady(ArcSpec arc) {
        return (arc.style() == ArcStyle.INBOUND || arc.style() == ArcStyle.OUTBOUND) && arc.opacity() >= 1
                && arc.growth() >= 1;
    }

    /**
     * Brings the layer to the steady light of exactly {@code steady}, drawn with {@code arcs} in {@code view}
     * (the layer's own size), drawing only the arcs that came and went where that is cheaper.
     */
    void update(List<ArcSpec> steady, ArcLayer arcs, FrameView view, float lineWidth, SceneDensity density) {
        wanted.countAll(steady);
        layer.bindForDrawing();
        gl.glEnable(GL3.GL_BLEND);
        gl.glBlendFunc(GL3.GL_ONE, GL3.GL_ONE);
        framesSinceRedraw++;
        if (needsRedraw(density, steady.size())) {
            gl.glClearColor(0, 0, 0, 0);
            gl.glClear(GL3.GL_COLOR_BUFFER_BIT);
            arcs.draw(steady, ArcPart.STEADY, view, lineWidth, density, 1);
            keptBusyness = density.busyness();
            framesSinceRedraw = 0;
        } else {
            gl.glBlendEquation(GL3.GL_FUNC_REVERSE_SUBTRACT);
            arcs.draw(removed, ArcPart.STEADY, view, lineWidth, density, 1);
            gl.glBlendEquation(GL3.GL_FUNC_ADD);
            arcs.draw(added, ArcPart.STEADY, view, lineWidth, density, 1);
        }
        ArcCounts swap = kept;
        kept = wanted;
        wanted = swap;
    }

    /** Finds what changed since the layer was drawn; true when drawing it all anew is the better way. */
    private boolean needsRedraw(SceneDensity density, int steadyCount) {
        if (density.busyness() != keptBusyness || framesSinceRedraw >= FRAMES_BETWEEN_REDRAWS) {
            return true;
        }
        added.clear();
        removed.clear();
        for (int i = 0; i < wanted.distinct(); i++) {
            ArcSpec arc = wanted.arc(i);
            repeat(added, arc, wanted.countAt(i) - kept.count(arc));
        }
        for (int i = 0; i < kept.distinct(); i++) {
            ArcSpec arc = kept.arc(i);
            repeat(removed, arc, kept.countAt(i) - wanted.count(arc));
        }
        return added.size() + removed.size() > steadyCount / 2;
    }

    private static void repeat(List<ArcSpec> into, ArcSpec arc, int times) {
        for (int i = 0; i < times; i++) {
            into.add(arc);
        }
    }

    /**
     * Writes the layer's light, times {@code intensity}, over the bound target of the same size within the
     * light's circle, seen in {@code view}.
     */
    void writeOnto(FrameView view, float intensity) {
        scaledCopy.use();
        scaledCopy.set("u_intensity", intensity);
        layer.writeLightOnto(scaledCopy, view);
    }

    /** Drops what the layer holds: the next update draws it anew. */
    void forget() {
        kept.clear();
        keptBusyness = Float.NaN;
    }

    void delete() {
        scaledCopy.delete();
        layer.delete();
    }
}
