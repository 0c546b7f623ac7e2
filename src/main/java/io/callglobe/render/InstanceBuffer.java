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
    private final int firstLocation;
    private final int vec4Count;
    private final int floatsPerInstance;
    private FloatBuffer data;
    private int count;

    /** Sets up {@code vec4Count} vec4 attributes starting at {@code firstLocation} in the bound VAO. */
    InstanceBuffer(GL3 gl, int firstLocation, int vec4Count) {
        this.gl = gl;
        this.firstLocation = firstLocation;
        this.vec4Count = vec4Count;
        this.floatsPerInstance = vec4Count * 4;
        int[] ids = new int[1];
        gl.glGenBuffers(1, ids, 0);
        vbo = ids[0];
        for (int i = 0; i < vec4Count; i++) {
            gl.glEnableVertexAttribArray(firstLocation + i);
            gl.glVertexAttribDivisor(firstLocation + i, 1);
        }
        startAt(0);
        data = allocate(256);
    }

    /** Makes room for exactly {@code instances} instances, to be filled in any order with {@link #set}. */
    void begin(int instances) {
        if (data.capacity() < instances * floatsPerInstance) {
            data = allocate(Math.max(instances, data.capacity() / floatsPerInstance * 2));
        }
        count = instances;
    }

    void set(int instance, int vec4, float x, float y, float z, float w) {
        int at = instance * floatsPerInstance + vec4 * 4;
        data.put(at, x).put(at + 1, y).put(at + 2, z).put(at + 3, w);
    }

    int count() {
        return count;
    }

    void upload() {
        data.position(0).limit(count * floatsPerInstance);
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, vbo);
        gl.glBufferData(GL3.GL_ARRAY_BUFFER, (long) data.capacity() * Float.BYTES, null, GL3.GL_STREAM_DRAW);
        gl.glBufferSubData(GL3.GL_ARRAY_BUFFER, 0, (long) data.limit() * Float.BYTES, data);
        data.clear();
    }

    /** Points the attributes of the bound VAO at the instances from {@code firstInstance} on. */
    void startAt(int firstInstance) {
        gl.glBindBuffer(GL3.GL_ARRAY_BUFFER, vbo);
        int stride = floatsPerInstance * Float.BYTES;
        for (int i = 0; i < vec4Count; i++) {
            gl.glVertexAttribPointer(firstLocation + i, 4, GL3.GL_FLOAT, false, stride,
                    (long) firstInstance * stride + (long) i * 4 * Float.BYTES);
        }
    }

    void delete() {
        gl.glDeleteBuffers(1, new int[] {vbo}, 0);
    }

    private FloatBuffer allocate(int instances) {
        return ByteBuffer.allocateDirect(instances * floatsPerInstance * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }
}
