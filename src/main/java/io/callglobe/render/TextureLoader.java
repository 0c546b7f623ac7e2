package io.callglobe.render;

import com.jogamp.opengl.GL3;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;

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
        IntBuffer argb = argbPixels(image);
        bindForUpload(gl, texture);
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, 0, GL3.GL_RGBA8, image.getWidth(), image.getHeight(), 0, GL3.GL_BGRA,
                GL3.GL_UNSIGNED_INT_8_8_8_8_REV, argb);
    }

    /** As {@link #upload}, into a texture that already has the image's size: its storage is kept. */
    static void replace(GL3 gl, int texture, BufferedImage image) {
        IntBuffer argb = argbPixels(image);
        bindForUpload(gl, texture);
        gl.glTexSubImage2D(GL3.GL_TEXTURE_2D, 0, 0, 0, image.getWidth(), image.getHeight(), GL3.GL_BGRA,
                GL3.GL_UNSIGNED_INT_8_8_8_8_REV, argb);
    }

    /** Binds {@code texture} for an upload of rows of 4-byte pixels. */
    private static void bindForUpload(GL3 gl, int texture) {
        gl.glBindTexture(GL3.GL_TEXTURE_2D, texture);
        gl.glPixelStorei(GL3.GL_UNPACK_ALIGNMENT, 4);
    }

    /**
     * The image's pixels as ARGB ints, which GL reads as little-endian BGRA bytes: Java2D's pixels as they are,
     * with GL_BGRA and GL_UNSIGNED_INT_8_8_8_8_REV.
     */
    private static IntBuffer argbPixels(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB) {
            BufferedImage argb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_ARGB);
            argb.createGraphics().drawImage(image, 0, 0, null);
            image = argb;
        }
        return IntBuffer.wrap(((DataBufferInt) image.getRaster().getDataBuffer()).getData());
    }
}
