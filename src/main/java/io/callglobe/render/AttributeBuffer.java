package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Vertex attributes of vec4s, per instance or per vertex, refilled every frame. The Java-side buffer only
 * grows, so a steady scene allocates nothing per frame; the GL buffer is orphaned on each upload so the
 * driver never stalls on it.
 */
final class AttributeBuffer {
    private final GL3 gl;
    private final int vbo;
    private final int firstLocation;
    private final int vec4Count;
    private final int floatsPerRecord;
    private FloatBuffer data;
    private int count;

    /**
     * Sets up {@code vec4Count} vec4 attributes starting at {@code firstLocation} in the bound VAO, each record
     * feeding one instance ({@code divisor} 1) or one vertex (0).
     */
    AttributeBuffer(GL3 gl, int firstLocation, int vec4Count, int divisor) {
        this.gl = gl;
        this.firstLocation = firstLocation;
        this.vec4Count = vec4Count;
        this.floatsPerRecord = vec4Count * 4;
        int[] ids = new int[1];
        gl.glGenBuffers(1, ids, 0);
        vbo = ids[0];
        for (int i = 0; i < vec4Count; i++) {
            gl.glEnableVertexAttribArray(firstLocation + i);
            gl.glVertexAttribDivisor(firstLocation + i, divisor);
        }
        startAt(0);
        data = allocate(256);
    }

    /** Makes room for exactly {@code records} records, to be filled in any order with {@link #set}. */
    void begin(int records) {
        if (data.capacity() < records * floatsPerRecord) {
            data = allocate(Math.max(records, data.capacity() / floatsPerRecord * 2));
        }
        count = records;
    }

    void set(int record, int vec4, float x, float y, float z, float w) {
        int at = record * floatsPerRecord + vec4 * 4;
        data.put(at, x).put(at + 1, y).put(at + 2, z).put(at + 3, w);
    }

    int count() {
        return count;
    }

    void upload() {
        data.position(0).limit(count * floatsPerRecord);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, vbo);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) data.capacity() * Float.BYTES, null, GL3.GL_STREAM_DRAW);
        gl.glBufferSubData(GL3.GL_ARRAY_BUFFER, 0, (long) data.limit() * Float.BYTES, data);
        data.clear();
    }

    /** Points the attributes of the bound VAO at the records from {@code first} on. */
    void startAt(int first) {
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, vbo);
        int stride = floatsPerRecord * Float.BYTES;
        for (int i = 0; i < vec4Count; i++) {
            gl.glVertexAttribPointer(firstLocation + i, 4, GL3.GL_FLOAT, false, stride,
                    (long) first * stride + (long) i * 4 * Float.BYTES);
        }
    }

    void delete() {
        gl.glDeleteBuffers(1, new int[] {vbo}, 0);
    }

    private FloatBuffer allocate(int records) {
        return ByteBuffer.allocateDirect(records * floatsPerRecord * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }
}
