package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Per-instance attributes of vec4s, refilled every frame. The Java-side buffer only grows, so a steady scene
 * allocates nothing per frame; the GL buffer is orphaned on each upload so the driver never stalls on it.
 */
final class InstanceBuffer {
    private final GL3 gl;
    private final int vbo;
    private final int floatsPerInstance;
    private FloatBuffer data;
    private int count;

    /** Sets up {@code vec4Count} vec4 attributes starting at {@code firstLocation} in the bound VAO. */
    InstanceBuffer(GL3 gl, int firstLocation, int vec4Count) {
        this.gl = gl;
        this.floatsPerInstance = vec4Count * 4;
        int[] ids = new int[1];
        gl.glGenBuffers(1, ids, 0);
        vbo = ids[0];
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, vbo);
        int stride = floatsPerInstance * Float.BYTES;
        for (int i = 0; i < vec4Count; i++) {
            gl.glEnableVertexAttribArray(firstLocation + i);
            gl.glVertexAttribPointer(firstLocation + i, 4, GL3.GL_FLOAT, false, stride, (long) i * 4 * Float.BYTES);
            gl.glVertexAttribDivisor(firstLocation + i, 1);
        }
        data = allocate(256);
    }

    void begin(int expectedInstances) {
        if (data.capacity() < expectedInstances * floatsPerInstance) {
            data = allocate(Math.max(expectedInstances, data.capacity() / floatsPerInstance * 2));
        }
        data.clear();
        count = 0;
    }

    void put(float x, float y, float z, float w) {
        data.put(x).put(y).put(z).put(w);
    }

    void endInstance() {
        count++;
    }

    int count() {
        return count;
    }

    void upload() {
        data.flip();
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, vbo);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) data.capacity() * Float.BYTES, null, GL3.GL_STREAM_DRAW);
        gl.glBufferSubData(GL3.GL_ARRAY_BUFFER, 0, (long) data.limit() * Float.BYTES, data);
    }

    void delete() {
        gl.glDeleteBuffers(1, new int[] {vbo}, 0);
    }

    private FloatBuffer allocate(int instances) {
        return ByteBuffer.allocateDirect(instances * floatsPerInstance * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }
}
