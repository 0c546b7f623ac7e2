package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.awt.image.BufferedImage;

/** The HUD's panels as textures over the frame; the status panel is redrawn only when its text changes. */
final class HudLayer {
    private final GL3 gl;
    private final ShaderProgram program;
    private final int vao;
    private final HudPainter painter;
    private final float scale;
    private final Panel status;
    private final Panel legend;
    private final Panel brand;
    private HudState shown;
    private int shownCallsPerArc;

    private final class Panel {
        final int texture = TextureLoader.create(gl);
        int width;
        int height;

        void set(BufferedImage image) {
            boolean sameSize = image.getWidth() == width && image.getHeight() == height;
            width = image.getWidth();
            height = image.getHeight();
            if (sameSize) {
                TextureLoader.replace(gl, texture, image);
            } else {
                TextureLoader.upload(gl, texture, image);
            }
        }

        void draw(float x, float y) {
            program.set("u_rect", x, y, width, height);
            gl.glBindTexture(GL3.GL_TEXTURE_2D, texture);
            gl.glDrawArrays(GL3.GL_TRIANGLE_STRIP, 0, 4);
        }
    }

    HudLayer(GL3 gl, float scale) {
        this.gl = gl;
        this.scale = scale;
        program = new ShaderProgram(gl, "panel");
        painter = new HudPainter(scale);
        int[] ids = new int[1];
        gl.glGenVertexArrays(1, ids, 0);
        vao = ids[0];
        status = new Panel();
        legend = new Panel();
        legend.set(painter.legend());
        brand = new Panel();
        brand.set(painter.brand());
    }

    /** @param callsPerArc 1 when every call is drawn, N when one call in N is (see SceneDensity) */
    void draw(HudState hud, int callsPerArc, int width, int height, boolean topDownRows) {
        HudState text = hud.asShown();
        if (!text.equals(shown) || callsPerArc != shownCallsPerArc) {
            status.set(painter.status(hud, callsPerArc));
            shown = text;
            shownCallsPerArc = callsPerArc;
        }
        program.use();
        program.set("u_viewport", width, height);
        program.set("u_flipY", topDownRows ? -1f : 1f);
        program.set("u_panel", 0);
        gl.glActiveTexture(GL3.GL_TEXTURE0);
        gl.glBindVertexArray(vao);
        float margin = 34 * scale;
        status.draw(margin, margin - 6 * scale);
        legend.draw(margin, height - margin - legend.height + 6 * scale);
        brand.draw(width - margin - brand.width, height - margin - brand.height + 6 * scale);
        gl.glBindVertexArray(0);
    }

    void delete() {
        gl.glDeleteTextures(3, new int[] {status.texture, legend.texture, brand.texture}, 0);
        gl.glDeleteVertexArrays(1, new int[] {vao}, 0);
        program.delete();
    }
}
