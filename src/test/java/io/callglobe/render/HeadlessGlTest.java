package io.callglobe.render;

import com.jogamp.opengl.GL;
import com.jogamp.opengl.GL3;
import com.jogamp.opengl.GLOffscreenAutoDrawable;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadlessGlTest {
    @Test
    void clearsAndReadsBackThroughEglWithoutX() {
        GLOffscreenAutoDrawable drawable = HeadlessGl.createOffscreen(64, 32);
        try {
            drawable.getContext().makeCurrent();
            GL3 gl = drawable.getGL().getGL3();
            String version = gl.glGetString(GL.GL_VERSION);
            assertTrue(version.contains("Core Profile"), version);
            gl.glClearColor(1f, 0.5f, 0f, 1f);
            gl.glClear(GL.GL_COLOR_BUFFER_BIT);
            ByteBuffer pixels = ByteBuffer.allocateDirect(64 * 32 * 4);
            gl.glReadPixels(0, 0, 64, 32, GL.GL_RGBA, GL.GL_UNSIGNED_BYTE, pixels);
            assertEquals(255, pixels.get(0) & 0xff);
            assertEquals(128, pixels.get(1) & 0xff, 1);
            assertEquals(0, pixels.get(2) & 0xff);
        } finally {
            drawable.getContext().release();
            drawable.destroy();
        }
    }
}
