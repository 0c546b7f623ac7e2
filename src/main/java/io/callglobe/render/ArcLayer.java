package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.nio.FloatBuffer;
import java.util.List;

/** All call arcs in two instanced draws: a soft wide halo, then the sharp core on top. */
final class ArcLayer {
    private static final int SEGMENTS = 48;
    private static final float GLOW_WIDTH_FACTOR = 3.5f;
    /** Up to this many arcs draw at full strength; beyond it each dims so the sum stays readable. */
    private static final int FULL_STRENGTH_ARCS = 40;
    private static final float MIN_INTENSITY = 0.35f;

    private final GL3 gl;
    private final ShaderProgram program;
    private final int vao;
    private final int stripVbo;
    private final InstanceBuffer instances;

    ArcLayer(GL3 gl) {
        this.gl = gl;
        program = new ShaderProgram(gl, "arc");
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        gl.glBindVertexArray(vao);
        FloatBuffer strip = FloatBuffer.allocate((SEGMENTS + 1) * 4);
        for (int i = 0; i <= SEGMENTS; i++) {
            float t = (float) i / SEGMENTS;
            strip.put(t).put(-1f).put(t).put(1f);
        }
        strip.flip();
        gl.glGenBuffers(1, ids, 0);
        stripVbo = ids[0];
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, stripVbo);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) strip.limit() * Float.BYTES, strip, GL3.GL_STATIC_DRAW);
        gl.glEnableVertexAttribArray(0);
        gl.glVertexAttribPointer(0, 2, GL3.GL_FLOAT, false, 0, 0);
        instances = new InstanceBuffer(gl, 1, 4);
        gl.glBindVertexArray(0);
    }

    void draw(List<ArcSpec> arcs, float[] viewProjection, int width, int height, float lineWidth,
              double videoSeconds) {
        if (arcs.isEmpty()) {
            return;
        }
        gl.glBindVertexArray(vao);
        instances.begin(arcs.size());
        for (ArcSpec arc : arcs) {
            double[] from = Vec3.fromLatLon(arc.fromLat(), arc.fromLon());
            double[] to = Vec3.fromLatLon(arc.toLat(), arc.toLon());
            ArcStyle style = arc.style();
            instances.put((float) from[0], (float) from[1], (float) from[2], arc.seed());
            instances.put((float) to[0], (float) to[1], (float) to[2], arc.growth());
            instances.put(style.red, style.green, style.blue, arc.opacity());
            instances.put(style.shaderStyle, 0, 0, 0);
            instances.endInstance();
        }
        instances.upload();
        program.use();
        program.setMatrix("u_viewProjection", viewProjection);
        program.set("u_viewport", width, height);
        program.set("u_time", (float) videoSeconds);
        program.set("u_intensity", intensity(arcs.size()));
        program.set("u_glowPass", 1);
        program.set("u_width", lineWidth * GLOW_WIDTH_FACTOR);
        gl.glDrawArraysInstanced(GL3.GL_TRIANGLE_STRIP, 0, (SEGMENTS + 1) * 2, instances.count());
        program.set("u_glowPass", 0);
        program.set("u_width", lineWidth);
        gl.glDrawArraysInstanced(GL3.GL_TRIANGLE_STRIP, 0, (SEGMENTS + 1) * 2, instances.count());
        gl.glBindVertexArray(0);
    }

    static float intensity(int arcCount) {
        return (float) Math.max(MIN_INTENSITY, Math.min(1, Math.sqrt((double) FULL_STRENGTH_ARCS / arcCount)));
    }

    void delete() {
        instances.delete();
        gl.glDeleteBuffers(1, new int[] {stripVbo}, 0);
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        program.delete();
    }
}
