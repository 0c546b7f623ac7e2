package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.nio.FloatBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A glowing point where calls start and end. Endpoints closer than ~5 km merge into one point that grows
 * with the number of calls there, so a busy contact centre reads as a hub rather than a saturated blob.
 */
final class EndpointLayer {
    private static final double MERGE_GRID_DEGREES = 0.05;

    private final GL3 gl;
    private final ShaderProgram program;
    private final int vao;
    private final int cornerVbo;
    private final InstanceBuffer instances;
    private final Map<Long, Endpoint> merged = new LinkedHashMap<>();

    private static final class Endpoint {
        double lat;
        double lon;
        ArcStyle style;
        float opacity;
        int calls;
        boolean ringing;
        float seed;
    }

    EndpointLayer(GL3 gl) {
        this.gl = gl;
        program = new ShaderProgram(gl, "endpoint");
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        gl.glBindVertexArray(vao);
        FloatBuffer corners = FloatBuffer.wrap(new float[] {-1, -1, 1, -1, -1, 1, 1, 1});
        gl.glGenBuffers(1, ids, 0);
        cornerVbo = ids[0];
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, cornerVbo);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, 8L * Float.BYTES, corners, GL3.GL_STATIC_DRAW);
        gl.glEnableVertexAttribArray(0);
        gl.glVertexAttribPointer(0, 2, GL3.GL_FLOAT, false, 0, 0);
        instances = new InstanceBuffer(gl, 1, 3);
        gl.glBindVertexArray(0);
    }

    void draw(List<ArcSpec> arcs, float[] viewProjection, int width, int height, float pointSize,
              double videoSeconds) {
        if (arcs.isEmpty()) {
            return;
        }
        merged.clear();
        for (ArcSpec arc : arcs) {
            add(arc.fromLat(), arc.fromLon(), arc, arc.style() == ArcStyle.RINGING);
            add(arc.toLat(), arc.toLon(), arc, false);
        }
        gl.glBindVertexArray(vao);
        instances.begin(merged.size());
        for (Endpoint endpoint : merged.values()) {
            double[] p = Vec3.fromLatLon(endpoint.lat, endpoint.lon);
            float size = pointSize * (1f + 0.45f * (float) (Math.log(endpoint.calls) / Math.log(2)));
            instances.put((float) p[0], (float) p[1], (float) p[2], size);
            instances.put(endpoint.style.red, endpoint.style.green, endpoint.style.blue, endpoint.opacity);
            instances.put(endpoint.ringing ? 1 : 0, endpoint.seed, 0, 0);
            instances.endInstance();
        }
        instances.upload();
        program.use();
        program.setMatrix("u_viewProjection", viewProjection);
        program.set("u_viewport", width, height);
        program.set("u_time", (float) videoSeconds);
        gl.glDrawArraysInstanced(GL3.GL_TRIANGLE_STRIP, 0, 4, instances.count());
        gl.glBindVertexArray(0);
    }

    private void add(double lat, double lon, ArcSpec arc, boolean ringing) {
        long key = Math.round(lat / MERGE_GRID_DEGREES) * 100_000L + Math.round(lon / MERGE_GRID_DEGREES);
        Endpoint endpoint = merged.computeIfAbsent(key, k -> new Endpoint());
        if (endpoint.calls == 0) {
            endpoint.lat = lat;
            endpoint.lon = lon;
            endpoint.style = arc.style();
            endpoint.seed = arc.seed();
        }
        endpoint.calls++;
        endpoint.opacity = Math.max(endpoint.opacity, arc.opacity());
        endpoint.ringing |= ringing;
    }

    void delete() {
        instances.delete();
        gl.glDeleteBuffers(1, new int[] {cornerVbo}, 0);
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        program.delete();
    }
}
