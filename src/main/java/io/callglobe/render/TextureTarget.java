package io.callglobe.render;

import com.jogamp.opengl.GL3;

/**
 * A framebuffer drawing into a texture, whose light is then added onto another target by a full-screen pass:
 * the layers drawn at half resolution or kept between frames.
 */
final class TextureTarget {
    /** The sides of the polygon drawn around the light's circle (see light.vert). */
    private static final int LIGHT_SIDES = 48;
    private final GL3 gl;
    private final int width;
    private final int height;
    private final int fbo;
    private final int texture;
    private final int vao;

    /** @param format  the texture's internal format, e.g. GL_RGBA8 or GL_RGBA32F; {@code which} names it in errors */
    TextureTarget(GL3 gl, int width, int height, int format, String which) {
        this.gl = gl;
        this.width = width;
        this.height = height;
        texture = TextureLoader.create(gl);
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, 0, format, width, height, 0, GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE, null);
        int[] ids = new int[1];
        gl.glGenFramebuffers(1, ids, 0);
        fbo = ids[0];
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, fbo);
        gl.glFramebufferTexture2D(GL3.GL_FRAMEBUFFER, GL3.GL_COLOR_ATTACHMENT0, GL3.GL_TEXTURE_2D, texture, 0);
        OffscreenTarget.requireComplete(gl, which);
        // Layers are drawn only within the light's circle: outside it they must read as no light.
        gl.glClearColor(0, 0, 0, 0);
        gl.glClear(GL3.GL_COLOR_BUFFER_BIT);
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    void bindForDrawing() {
        gl.glBindFramebuffer(GL3.GL_FRAMEBUFFER, fbo);
        gl.glViewport(0, 0, width, height);
    }

    /**
     * Adds this texture's light, through {@code program} (its other uniforms already set), onto the bound target
     * seen in {@code view}, only where arcs can shed light (FrameView.lightRadius), leaving the target's alpha
     * alone.
     */
    void addLightOnto(ShaderProgram program, FrameView view) {
        gl.glEnable(GL3.GL_BLEND);
        gl.glBlendFuncSeparate(GL3.GL_ONE, GL3.GL_ONE, GL3.GL_ZERO, GL3.GL_ONE);
        drawLight(program, view);
    }

    /**
     * Writes this texture's light, through {@code program}, over the bound target within the light's circle,
     * replacing what was there: cheaper than clearing the target and adding it.
     */
    void writeLightOnto(ShaderProgram program, FrameView view) {
        gl.glDisable(GL3.GL_BLEND);
        drawLight(program, view);
    }

    private void drawLight(ShaderProgram program, FrameView view) {
        program.use();
        program.set("u_layer", 0);
        program.set("u_lightRadius", 2 * view.lightRadius() / view.width(), 2 * view.lightRadius() / view.height());
        program.set("u_sides", LIGHT_SIDES);
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, texture);
        gl.glBindVertexArray(vao);
        gl.glDrawArrays(GL3.GL_TRIANGLE_FAN, 0, LIGHT_SIDES + 2);
        gl.glBindVertexArray(0);
    }

    void delete() {
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        gl.glDeleteFramebuffers(1, new int[] {fbo}, 0);
        gl.glDeleteTextures(1, new int[] {texture}, 0);
    }
}
