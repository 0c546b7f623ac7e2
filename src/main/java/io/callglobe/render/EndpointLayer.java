package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.util.List;

/**
 * A glowing point where calls start and end. Endpoints closer than ~5 km merge into one point that grows
 * with the number of calls there, so a busy contact centre reads as a hub rather than a saturated blob.
 */
final class EndpointLayer {
    private static final float LOG2 = (float) Math.log(2);

    private final GL3 gl;
    private final ShaderProgram program;
    private final int vao;
    private final AttributeBuffer points;
    private final MergedEndpoints merged = new MergedEndpoints();

    EndpointLayer(GL3 gl) {
        this.gl = gl;
        program = new ShaderProgram(gl, "endpoint");
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        gl.glBindVertexArray(vao);
        points = new AttributeBuffer(gl, 0, 3, 0);
        gl.glBindVertexArray(0);
    }

    void draw(List<ArcSpec> arcs, FrameView view, float pointSize, SceneDensity density) {
        if (arcs.isEmpty()) {
            return;
        }
        merged.collect(arcs);
        // On a busy globe the points shrink and dim with the arcs, or the hubs would merge into white blots.
        float size = pointSize * density.mix(1f, 0.55f);
        float brightness = density.mix(1f, 0.5f);
        points.begin(merged.size());
        for (int i = 0; i < merged.size(); i++) {
            ArcStyle style = merged.style[i];
            float grown = size * (1f + 0.45f * (float) Math.log(merged.calls[i]) / LOG2);
            points.set(i, 0, (float) Math.toRadians(merged.lat[i]), (float) Math.toRadians(merged.lon[i]), grown, 0);
            points.set(i, 1, style.red, style.green, style.blue, merged.opacity[i] * brightness);
            points.set(i, 2, merged.ringing[i] ? 1 : 0, merged.seed[i], 0, 0);
        }
        points.upload();
        program.use();
        view.setOn(program);
        gl.glEnable(GL3.GL_PROGRAM_POINT_SIZE);
        gl.glBindVertexArray(vao);
        gl.glDrawArrays(GL3.GL_POINTS, 0, points.count());
        gl.glBindVertexArray(0);
    }

    void delete() {
        points.delete();
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        program.delete();
    }
}
