package io.callglobe.render;

import com.jogamp.opengl.GL3;

/**
 * Light drawn at half the frame's resolution and added onto the frame, smoothly scaled up. llvmpipe's cost for
 * thin, long ribbons grows with the pixel blocks they cross, so thousands of arcs draw about three times
 * faster this way; on a busy globe they are thin and dim, and the softer lines go unnoticed.
 */
final class ReducedResolutionLayer {
    private final GL3 gl;
    private final int width;
    private final int height;
    private final int frameHeight;
    private final int fbo;
    private final int texture;
    private final int vao;
    private final ShaderProgram composite;

    ReducedResolutionLayer(GL3 gl, int frameWidth, int frameHeight) {
        this.gl = gl;
        width = Math.max(1, frameWidth / 2);
        height = Math.max(1, frameHeight / 2);
        this.frameHeight = frameHeight;
        texture = TextureLoader.create(gl);
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, 0, GL3.GL_RGBA8, width, height, 0, GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE, null);
        int[] ids = new int[1];
        gl.glGenFramebuffers(1, ids, 0);
        fbo = ids[0];
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, fbo);
        gl.glFramebufferTexture2D(GL3.GL_FRAMEBUFFER, GL3.GL_COLOR_ATTACHMENT0, GL3.GL_TEXTURE_2D, texture, 0);
        OffscreenTarget.requireComplete(gl, "half-resolution");
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        composite = new ShaderProgram(gl, "backdrop", "composite");
    }

    /** The layer's pixels per frame pixel. */
    float scale() {
        return (float) height / frameHeight;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** The frame's view, scaled to the layer. */
    FrameView view(FrameView frame) {
        return frame.resized(width, height);
    }

    /** Binds the layer, cleared, for drawing; the returned view is the frame's, scaled to the layer. */
    FrameView begin(FrameView frame) {
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, fbo);
        gl.glViewport(0, 0, width, height);
        gl.glClearColor(0, 0, 0, 0);
        gl.glClear(GL3.GL_COLOR_BUFFER_BIT);
        return view(frame);
    }

    /** Adds the layer's light onto {@code frame}, seen in {@code view}, leaving the frame's alpha alone. */
    void addTo(OffscreenTarget frame, FrameView view) {
        frame.bindForDrawing();
        view.scissorToLight(gl);
        gl.glBlendFuncSeparate(GL3.GL_ONE, GL3.GL_ONE, GL3.GL_ZERO, GL3.GL_ONE);
        composite.use();
        composite.set("u_layer", 0);
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, texture);
        gl.glBindVertexArray(vao);
        gl.glDrawArrays(GL3.GL_TRIANGLES, 0, 3);
        gl.glBindVertexArray(0);
        gl.glDisable(GL3.GL_SCISSOR_TEST);
    }

    void delete() {
        composite.delete();
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        gl.glDeleteFramebuffers(1, new int[] {fbo}, 0);
        gl.glDeleteTextures(1, new int[] {texture}, 0);
    }
}
