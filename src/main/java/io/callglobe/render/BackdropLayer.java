package io.callglobe.render;

import com.jogamp.opengl.GL3;

/** Space, faint stars and the atmosphere's halo, painted behind the globe in one full-screen pass. */
final class BackdropLayer {
    private final GL3 gl;
    private final ShaderProgram program;
    private final int vao;

    BackdropLayer(GL3 gl) {
        this.gl = gl;
        program = new ShaderProgram(gl, "backdrop");
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
    }

    void draw(int width, int height, CameraView camera) {
        program.use();
        program.set("u_viewport", width, height);
        program.set("u_globeRadius", (float) camera.globeScreenRadius());
        program.set("u_glowColor", EarthLayer.GLOW_COLOR[0], EarthLayer.GLOW_COLOR[1], EarthLayer.GLOW_COLOR[2]);
        program.set("u_starSeed", 17.0f);
        gl.glBindVertexArray(vao);
        gl.glDrawArrays(GL3.GL_TRIANGLES, 0, 3);
        gl.glBindVertexArray(0);
    }

    void delete() {
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        program.delete();
    }
}
