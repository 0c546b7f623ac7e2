package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;

/** The textured Earth: a latitude/longitude sphere with the seam vertices doubled so the texture wraps cleanly. */
final class EarthLayer {
    private static final int LON_SEGMENTS = 128;
    private static final int LAT_SEGMENTS = 64;
    static final float[] GLOW_COLOR = {0.32f, 0.58f, 1.0f};
    /** How far past the limb the mesh reaches, for the antialiased edge to fade out in. */
    private static final double LIMB_MARGIN_PIXELS = 2.5;

    private final GL3 gl;
    private final ShaderProgram program;
    private final int texture;
    private final int vao;
    private final int[] buffers = new int[2];
    private final int indexCount;
    private final boolean night;

    EarthLayer(GL3 gl, GlobeStyle style, EarthMap map) {
        this.gl = gl;
        this.night = style == GlobeStyle.NIGHT;
        program = new ShaderProgram(gl, "globe");
        texture = map.upload(gl);

        int columns = LON_SEGMENTS + 1;
        FloatBuffer vertices = FloatBuffer.allocate(columns * (LAT_SEGMENTS + 1) * 5);
        for (int row = 0; row <= LAT_SEGMENTS; row++) {
            double v = (double) row / LAT_SEGMENTS;
            double lat = 90 - v * 180;
            for (int col = 0; col <= LON_SEGMENTS; col++) {
                double u = (double) col / LON_SEGMENTS;
                double[] p = Vec3.fromLatLon(lat, u * 360 - 180);
                vertices.put((float) p[0]).put((float) p[1]).put((float) p[2]).put((float) u).put((float) v);
            }
        }
        vertices.flip();
        IntBuffer indices = IntBuffer.allocate(LON_SEGMENTS * LAT_SEGMENTS * 6);
        for (int row = 0; row < LAT_SEGMENTS; row++) {
            for (int col = 0; col < LON_SEGMENTS; col++) {
                int topLeft = row * columns + col;
                int bottomLeft = topLeft + columns;
                indices.put(topLeft).put(bottomLeft).put(topLeft + 1);
                indices.put(topLeft + 1).put(bottomLeft).put(bottomLeft + 1);
            }
        }
        indices.flip();
        indexCount = indices.limit();

        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        gl.glBindVertexArray(vao);
        gl.glGenBuffers(2, buffers, 0);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, buffers[0]);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) vertices.limit() * Float.BYTES, vertices, GL3.GL_STATIC_DRAW);
        gl.glEnableVertexAttribArray(0);
        gl.glVertexAttribPointer(0, 3, GL3.GL_FLOAT, false, 5 * Float.BYTES, 0);
        gl.glEnableVertexAttribArray(1);
        gl.glVertexAttribPointer(1, 2, GL3.GL_FLOAT, false, 5 * Float.BYTES, 3 * Float.BYTES);
        gl.glBindBuffer(GL3.GL_ELEMENT_ARRAY_BUFFER, buffers[1]);
        gl.glBufferData(GL3.GL_ELEMENT_ARRAY_BUFFER, (long) indexCount * Integer.BYTES, indices, GL3.GL_STATIC_DRAW);
        gl.glBindVertexArray(0);
    }

    /** Blends over what is drawn: the antialiased limb covers the backdrop only in part. */
    void draw(float[] viewProjection, double[] eye, int frameHeight) {
        program.use();
        program.setMatrix("u_viewProjection", viewProjection);
        program.set("u_eye", (float) eye[0], (float) eye[1], (float) eye[2]);
        double tangentDistance = Math.sqrt(Math.max(1e-6, Vec3.dot(eye, eye) - 1));
        double pixelWorld = tangentDistance * 2 * Math.tan(Math.toRadians(CameraView.FIELD_OF_VIEW_DEGREES) / 2)
                / frameHeight;
        program.set("u_pixelWorld", (float) pixelWorld);
        program.set("u_inflate", (float) (1 + LIMB_MARGIN_PIXELS * pixelWorld));
        // The sun sits above and to the left of the camera, so the day globe is lit where the viewer looks.
        double[] sun = Vec3.normalize(new double[] {eye[0] - eye[2] * 0.6, eye[1] + 0.8, eye[2] + eye[0] * 0.6});
        program.set("u_sun", (float) sun[0], (float) sun[1], (float) sun[2]);
        program.set("u_nightStyle", night ? 1 : 0);
        program.set("u_glowColor", GLOW_COLOR[0], GLOW_COLOR[1], GLOW_COLOR[2]);
        program.set("u_earth", 0);
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, texture);
        gl.glBindVertexArray(vao);
        gl.glDrawElements(GL3.GL_TRIANGLES, indexCount, GL3.GL_UNSIGNED_INT, 0);
        gl.glBindVertexArray(0);
    }

    void delete() {
        gl.glDeleteBuffers(2, buffers, 0);
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        gl.glDeleteTextures(1, new int[] {texture}, 0);
        program.delete();
    }
}
