package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.nio.ByteBuffer;

/**
 * A multisampled framebuffer to draw into and a single-sampled one it resolves to for readback.
 * Reading back RGBA straight into the caller's direct buffer avoids any per-frame copy in Java.
 */
final class OffscreenTarget {
    private final GL3 gl;
    private final int width;
    private final int height;
    private final int multisampleFbo;
    private final int resolveFbo;
    private final int[] renderbuffers = new int[3];

    OffscreenTarget(GL3 gl, int width, int height, int samples) {
        this.gl = gl;
        this.width = width;
        this.height = height;
        int[] fbos = new int[2];
        gl.glGenFramebuffers(2, fbos, 0);
        gl.glGenRenderbuffers(3, renderbuffers, 0);
        multisampleFbo = fbos[0];
        resolveFbo = fbos[1];

        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, multisampleFbo);
        gl.glBindRenderbuffer(GL3.GL_RENDERBUFFER, renderbuffers[0]);
        gl.glRenderbufferStorageMultisample(GL3.GL_RENDERBUFFER, samples, GL3.GL_RGBA8, width, height);
        gl.glFramebufferRenderbuffer(GL3.GL_FRAMEBUFFER, GL3.GL_COLOR_ATTACHMENT0, GL3.GL_RENDERBUFFER,
                renderbuffers[0]);
        gl.glBindRenderbuffer(GL3.GL_RENDERBUFFER, renderbuffers[1]);
        gl.glRenderbufferStorageMultisample(GL3.GL_RENDERBUFFER, samples, GL3.GL_DEPTH_COMPONENT24, width, height);
        gl.glFramebufferRenderbuffer(GL3.GL_FRAMEBUFFER, GL3.GL_DEPTH_ATTACHMENT, GL3.GL_RENDERBUFFER,
                renderbuffers[1]);
        checkComplete("multisampled");

        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, resolveFbo);
        gl.glBindRenderbuffer(GL3.GL_RENDERBUFFER, renderbuffers[2]);
        gl.glRenderbufferStorage(GL3.GL_RENDERBUFFER, GL3.GL_RGBA8, width, height);
        gl.glFramebufferRenderbuffer(GL3.GL_FRAMEBUFFER, GL3.GL_COLOR_ATTACHMENT0, GL3.GL_RENDERBUFFER,
                renderbuffers[2]);
        checkComplete("resolve");
    }

    void bindForDrawing() {
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, multisampleFbo);
        gl.glViewport(0, 0, width, height);
    }

    /** Resolves the samples and reads the frame into {@code rgba} (exactly width*height*4 bytes). */
    void readInto(ByteBuffer rgba) {
        if (rgba.capacity() != width * height * 4) {
            throw new IllegalArgumentException("frame buffer holds " + rgba.capacity() + " bytes, need "
                    + width * height * 4);
        }
        gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, multisampleFbo);
        gl.glBindFramebuffer(GL3.GL_DRAW_FRAMEBUFFER, resolveFbo);
        gl.glBlitFramebuffer(0, 0, width, height, 0, 0, width, height, GL3.GL_COLOR_BUFFER_BIT, GL3.GL_NEAREST);
        gl.glBindFramebuffer(GL3.GL_READ_FRAMEBUFFER, resolveFbo);
        gl.glPixelStorei(GL3.GL_PACK_ALIGNMENT, 1);
        rgba.clear();
        gl.glReadPixels(0, 0, width, height, GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE, rgba);
        rgba.rewind();
    }

    void delete() {
        gl.glDeleteRenderbuffers(3, renderbuffers, 0);
        gl.glDeleteFramebuffers(2, new int[] {multisampleFbo, resolveFbo}, 0);
    }

    private void checkComplete(String which) {
        int status = gl.glCheckFramebufferStatus(GL3.GL_FRAMEBUFFER);
        if (status != GL3.GL_FRAMEBUFFER_COMPLETE) {
            throw new IllegalStateException("the " + which + " framebuffer is incomplete: 0x"
                    + Integer.toHexString(status));
        }
    }
}
