package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.nio.ByteBuffer;

/**
 * A framebuffer with one RGBA8 colour renderbuffer, multisampled or not. Nothing drawn needs a depth buffer:
 * the globe is convex and the layers over it hide what lies behind it in their shaders.
 */
final class OffscreenTarget {
    private final GL3 gl;
    private final int width;
    private final int height;
    private final int fbo;
    private final int renderbuffer;

    OffscreenTarget(GL3 gl, int width, int height, int samples) {
        this.gl = gl;
        this.width = width;
        this.height = height;
        int[] ids = new int[1];
        gl.glGenFramebuffers(1, ids, 0);
        fbo = ids[0];
        gl.glGenRenderbuffers(1, ids, 0);
        renderbuffer = ids[0];
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, fbo);
        gl.glBindRenderbuffer(GL3.GL_RENDERBUFFER, renderbuffer);
        if (samples > 1) {
            gl.glRenderbufferStorageMultisample(GL3.GL_RENDERBUFFER, samples, GL3.GL_RGBA8, width, height);
        } else {
            gl.glRenderbufferStorage(GL3.GL_RENDERBUFFER, GL3.GL_RGBA8, width, height);
        }
        gl.glFramebufferRenderbuffer(GL3.GL_FRAMEBUFFER, GL3.GL_COLOR_ATTACHMENT0, GL3.GL_RENDERBUFFER, renderbuffer);
        requireComplete(gl, samples + "-sample");
    }

    /** Checks the bound framebuffer, {@code which} naming it in the error. */
    static void requireComplete(GL3 gl, String which) {
        int status = gl.glCheckFramebufferStatus(GL3.GL_FRAMEBUFFER);
        if (status != GL3.GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("the " + which + " framebuffer is incomplete: 0x"
                    + Integer.toHexString(status));
        }
    }

    void bindForDrawing() {
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, fbo);
        gl.glViewport(0, 0, width, height);
    }

    /** Copies this frame into {@code other}, resolving samples when this one is multisampled. */
    void copyTo(OffscreenTarget other) {
        gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, fbo);
        gl.glBindFramebuffer(GL3.GL_DRAW_FRAMEBUFFER, other.fbo);
        gl.glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL3.GL_COLOR_BUFFER_BIT, GL3.GL_NEAREST);
    }

    /** Reads the frame straight into {@code rgba} (exactly width*height*4 bytes): no copy in Java. */
    void readInto(ByteBuffer rgba) {
        if (rgba.capacity() != width * height * 4) {
            throw new IllegalArgumentException("frame buffer holds " + rgba.capacity() + " bytes, need "
                    + width * height * 4);
        }
        gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, fbo);
        gl.glPixelStorei(GL3.GL_PACK_ALIGNMENT, 1);
        rgba.clear();
        gl.glReadPixels(0, 0, width, height, GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE, rgba);
        rgba.rewind();
    }

    void delete() {
        gl.glDeleteRenderbuffers(1, new int[] {renderbuffer}, 0);
        gl.glDeleteFramebuffers(1, new int[] {fbo}, 0);
    }
}
