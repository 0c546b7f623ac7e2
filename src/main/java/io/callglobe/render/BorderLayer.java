package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.zip.GZIPInputStream;

/** Country borders and coastlines as thin lines just above the surface (Natural Earth 1:50m, see BordersGenerator). */
final class BorderLayer {
    private static final String RESOURCE = "/render/borders.bin.gz";

    private final GL3 gl;
    private final ShaderProgram program;
    private final int vao;
    private final int vbo;
    private final int vertexCount;
    private final float[] color;

    BorderLayer(GL3 gl, GlobeStyle style) {
        this.gl = gl;
        color = style == GlobeStyle.NIGHT ? new float[] {0.55f, 0.72f, 1.0f, 0.30f}
                : new float[] {1.0f, 1.0f, 1.0f, 0.35f};
        program = new ShaderProgram(gl, "border");
        FloatBuffer segments = readSegments();
        vertexCount = segments.limit() / 3;
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        gl.glBindVertexArray(vao);
        gl.glGenBuffers(1, ids, 0);
        vbo = ids[0];
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, vbo);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) segments.limit() * Float.BYTES, segments, GL3.GL_STATIC_DRAW);
        gl.glEnableVertexAttribArray(0);
        gl.glVertexAttribPointer(0, 3, GL3.GL_FLOAT, false, 0, 0);
        gl.glBindVertexArray(0);
    }

    void draw(float[] viewProjection, double[] eye) {
        program.use();
        program.setMatrix("u_viewProjection", viewProjection);
        program.set("u_eye", (float) eye[0], (float) eye[1], (float) eye[2]);
        program.set("u_color", color[0], color[1], color[2], color[3]);
        gl.glBindVertexArray(vao);
        gl.glDrawArrays(GL3.GL_LINES, 0, vertexCount);
        gl.glBindVertexArray(0);
    }

    void delete() {
        gl.glDeleteBuffers(1, new int[] {vbo}, 0);
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        program.delete();
    }

    /** Polylines of lon/lat become GL_LINES segments of unit vectors. */
    private static FloatBuffer readSegments() {
        try (InputStream raw = BorderLayer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
            int polylines = in.readInt();
            float[][] all = new float[polylines][];
            int segments = 0;
            for (int p = 0; p < polylines; p++) {
                float[] lonLat = new float[in.readInt() * 2];
                for (int i = 0; i < lonLat.length; i++) {
                    lonLat[i] = in.readFloat();
                }
                all[p] = lonLat;
                segments += lonLat.length / 2 - 1;
            }
            FloatBuffer buffer = ByteBuffer.allocateDirect(segments * 6 * Float.BYTES).order(ByteOrder.nativeOrder())
                    .asFloatBuffer();
            for (float[] lonLat : all) {
                for (int i = 0; i + 3 < lonLat.length; i += 2) {
                    put(buffer, lonLat[i], lonLat[i + 1]);
                    put(buffer, lonLat[i + 2], lonLat[i + 3]);
                }
            }
            return buffer.flip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static void put(FloatBuffer buffer, float lon, float lat) {
        double[] p = Vec3.fromLatLon(lat, lon);
        buffer.put((float) p[0]).put((float) p[1]).put((float) p[2]);
    }
}
