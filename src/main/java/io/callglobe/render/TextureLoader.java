package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;

/** Creates GL textures and uploads HUD panels drawn in Java2D to them. */
final class TextureLoader {
    private TextureLoader() {
    }

    static int create(GL3 gl) {
        int[] id = new int[1];
        gl.glGenTextures(1, id, 0);
        gl.glBindTexture(GL3.GL_TEXTURE_2D, id[0]);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_LINEAR);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MAG_FILTER, GL3.GL_LINEAR);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_WRAP_S, GL3.GL_CLAMP_TO_EDGE);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_WRAP_T, GL3.GL_CLAMP_TO_EDGE);
        return id[0];
    }

    /** Uploads any image as RGBA8 into the bound texture; rows stay top first (v = 0 is the top row). */
    static void upload(GL3 gl, int texture, BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        ByteBuffer rgba = ByteBuffer.allocateDirect(width * height * 4);
        for (int pixel : argb) {
            rgba.put((byte) (pixel >> 16)).put((byte) (pixel >> 8)).put((byte) pixel).put((byte) (pixel >>> 24));
        }
        rgba.flip();
        gl.glBindTexture(GL3.GL_TEXTURE_2D, texture);
        gl.glPixelStorei(GL3.GL_UNPACK_ALIGNMENT, 1);
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, 0, GL3.GL_RGBA8, width, height, 0, GL3.GL_RGBA, GL3.GL_UNSIGNED_BYTE,
                rgba);
    }
}
