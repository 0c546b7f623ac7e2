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
import java.util.Arrays;
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

    /** The finest detail kept, in degrees of arc, for a 720-line frame: under a pixel at the default altitude. */
    private static final double DETAIL_DEGREES_AT_720 = 0.15;

    BorderLayer(GL3 gl, GlobeStyle style, int frameHeight) {
        this.gl = gl;
        color = style == GlobeStyle.NIGHT ? new float[] {0.55f, 0.72f, 1.0f, 0.30f}
                : new float[] {1.0f, 1.0f, 1.0f, 0.35f};
        program = new ShaderProgram(gl, "border");
        // Detail finer than the frame can show only costs vertex work, which a turning globe pays every frame.
        FloatBuffer segments = readSegments(DETAIL_DEGREES_AT_720 * 720 / frameHeight);
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
        gl.glEnable(GL3.GL_CLIP_DISTANCE0);
        gl.glDrawArrays(GL3.GL_LINES, 0, vertexCount);
        gl.glDisable(GL3.GL_CLIP_DISTANCE0);
        gl.glBindVertexArray(0);
    }

    void delete() {
        gl.glDeleteBuffers(1, new int[] {vbo}, 0);
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        program.delete();
    }

    /** Polylines of lon/lat become GL_LINES segments of unit vectors, points closer than {@code detail} dropped. */
    private static FloatBuffer readSegments(double detail) {
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
                lonLat = simplified(lonLat, detail);
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

    /** Keeps the ends and each point at least {@code detail} degrees from the last one kept. */
    static float[] simplified(float[] lonLat, double detail) {
        int points = lonLat.length / 2;
        if (points <= 2) {
            return lonLat;
        }
        float[] kept = new float[lonLat.length];
        int count = 0;
        for (int i = 0; i < points; i++) {
            boolean end = i == 0 || i == points - 1;
            if (end || apart(lonLat, 2 * i, kept, 2 * (count - 1), detail)) {
                kept[2 * count] = lonLat[2 * i];
                kept[2 * count + 1] = lonLat[2 * i + 1];
                count++;
            }
        }
        return Arrays.copyOf(kept, 2 * count);
    }

    private static boolean apart(float[] a, int i, float[] b, int j, double detail) {
        return Vec3.approximateDegreesApart(a[i + 1], a[i], b[j + 1], b[j]) >= detail;
    }

    private static void put(FloatBuffer buffer, float lon, float lat) {
        double[] p = Vec3.fromLatLon(lat, lon);
        buffer.put((float) p[0]).put((float) p[1]).put((float) p[2]);
    }
}
