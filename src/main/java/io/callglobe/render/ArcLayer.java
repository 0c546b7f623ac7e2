package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.util.Arrays;
import java.util.List;

/**
 * All call arcs as instanced ribbons, one draw per level of detail: an arc gets as many segments as its
 * length on screen needs. Each ribbon draws its antialiased core and its soft glow in a single pass.
 */
final class ArcLayer {
    /** Where arcs start, just above the surface, in globe radii. */
    private static final float SURFACE = 1.004f;
    /**
     * How high an arc's middle rises above {@link #SURFACE}, in globe radii: the base plus a share of its angle
     * over pi, times a factor between the lowest and the lowest plus the range, drawn from the call's seed.
     */
    private static final float LIFT_BASE = 0.015f;
    private static final float LIFT_PER_HALF_TURN = 0.17f;
    private static final float LIFT_FACTOR_LOWEST = 0.8f;
    private static final float LIFT_FACTOR_RANGE = 0.4f;
    /** Segments per arc at each level of detail; the shader builds the strip from the vertex index. */
    private static final int[] SEGMENT_LEVELS = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48};
    /** About how far, in radians, a whole lifted arch turns from its start to its end as seen on screen. */
    private static final float ARCH_TURN = 2f;
    /** An arc's on-screen length over its angle in globe-radii units: the lift makes it longer than its chord. */
    private static final float LIFT_STRETCH = 1.3f;

    private final GL3 gl;
    private final ShaderProgram program;
    private final int vao;
    private final AttributeBuffer instances;
    private final int[] levelCounts = new int[SEGMENT_LEVELS.length];
    private final int[] levelStarts = new int[SEGMENT_LEVELS.length];
    private byte[] arcLevels = new byte[256];

    ArcLayer(GL3 gl) {
        this.gl = gl;
        program = new ShaderProgram(gl, "arc");
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        gl.glBindVertexArray(vao);
        instances = new AttributeBuffer(gl, 0, 3, 1);
        gl.glBindVertexArray(0);
    }

    /** The highest any arc rises above the globe's centre, in globe radii. */
    static double highestArc() {
        return SURFACE + (LIFT_BASE + LIFT_PER_HALF_TURN) * (LIFT_FACTOR_LOWEST + LIFT_FACTOR_RANGE);
    }

    /**
     * @param intensity  brightness of each arc: the density's for light added to the frame, 1 for light kept in
     *                   a layer that is scaled when used
     */
    void draw(List<ArcSpec> arcs, ArcPart part, FrameView view, float lineWidth, SceneDensity density,
              float intensity) {
        int count = arcs.size();
        if (count == 0) {
            return;
        }
        // How far, in pixels, a segment may stray from the true curve: busy globes have thin, dim arcs.
        float tolerance = density.mix(0.25f, 1f);
        // A part covering a share of the arc also turns by about that share of the arch's turn.
        sortIntoLevels(arcs, view.globeRadius() * LIFT_STRETCH * part.span, ARCH_TURN * part.span, tolerance);

        gl.glBindVertexArray(vao);
        instances.begin(count);
        for (int i = 0; i < count; i++) {
            ArcSpec arc = arcs.get(i);
            int slot = levelStarts[arcLevels[i]]++;
            ArcStyle style = arc.style();
            instances.set(slot, 0, (float) Math.toRadians(arc.fromLat()), (float) Math.toRadians(arc.fromLon()),
                    (float) Math.toRadians(arc.toLat()), (float) Math.toRadians(arc.toLon()));
            instances.set(slot, 1, style.red, style.green, style.blue, arc.opacity());
            instances.set(slot, 2, style.shaderStyle, arc.seed(), arc.growth(),
                    part.highlights(arc, density) ? 1 : 0);
        }
        instances.upload();

        float coreHalfWidth = lineWidth * 0.35f;
        float glowRadius = lineWidth * density.mix(1.0f, 0.5f);
        gl.glEnable(GL3.GL_CLIP_DISTANCE0);
        program.use();
        view.setOn(program);
        program.set("u_intensity", intensity);
        program.set("u_part", part.shaderPart);
        program.set("u_highlightSpan", ArcPart.HIGHLIGHT_SPAN);
        program.set("u_surface", SURFACE);
        program.set("u_lift", LIFT_BASE, LIFT_PER_HALF_TURN, LIFT_FACTOR_LOWEST, LIFT_FACTOR_RANGE);
        program.set("u_coreHalfWidth", coreHalfWidth);
        program.set("u_glowRadius", glowRadius);
        program.set("u_glowStrength", density.mix(0.22f, 0.08f));
        program.set("u_halfWidth", Math.max(coreHalfWidth + 1, glowRadius * 2));
        int first = 0;
        for (int level = 0; level < SEGMENT_LEVELS.length; level++) {
            int levelCount = levelCounts[level];
            if (levelCount > 0) {
                instances.startAt(first);
                program.set("u_segments", SEGMENT_LEVELS[level]);
                gl.glDrawArraysInstanced(GL3.GL_TRIANGLE_STRIP, 0, (SEGMENT_LEVELS[level] + 1) * 2, levelCount);
                first += levelCount;
            }
        }
        gl.glDisable(GL3.GL_CLIP_DISTANCE0);
        gl.glBindVertexArray(0);
    }

    /** Picks each arc's level of detail and where its level's instances start, in a stable order. */
    private void sortIntoLevels(List<ArcSpec> arcs, float pixelsPerRadian, float turn, float tolerance) {
        if (arcLevels.length < arcs.size()) {
            arcLevels = new byte[Math.max(arcs.size(), arcLevels.length * 2)];
        }
        Arrays.fill(levelCounts, 0);
        for (int i = 0; i < arcs.size(); i++) {
            ArcSpec arc = arcs.get(i);
            // A chord spanning angle a of a curve of radius r strays r a^2 / 8 from it; the arch's radius is
            // about its length over its turn.
            double angle = Math.toRadians(Vec3.approximateDegreesApart(arc.fromLat(), arc.fromLon(), arc.toLat(),
                    arc.toLon()));
            double length = angle * arc.growth() * pixelsPerRadian;
            double segments = Math.sqrt(turn * length / (8 * tolerance));
            int level = 0;
            while (level < SEGMENT_LEVELS.length - 1 && SEGMENT_LEVELS[level] < segments) {
                level++;
            }
            arcLevels[i] = (byte) level;
            levelCounts[level]++;
        }
        int start = 0;
        for (int level = 0; level < SEGMENT_LEVELS.length; level++) {
            levelStarts[level] = start;
            start += levelCounts[level];
        }
    }

    void delete() {
        instances.delete();
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        program.delete();
    }
}
