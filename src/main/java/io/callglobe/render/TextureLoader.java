package io.callglobe.render;

import com.jogamp.opengl.GL3;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/** Uploads images to GL textures: mipmapped Earth maps from the classpath, and HUD panels drawn in Java2D. */
final class TextureLoader {
    private TextureLoader() {
    }

    static int loadMipmapped(GL3 gl, String resource) {
        BufferedImage image;
        try (InputStream in = TextureLoader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("texture " + resource + " is not on the classpath");
            }
            image = ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read texture " + resource, e);
        }
        int texture = create(gl);
        upload(gl, texture, image);
        gl.glGenerateMipmap(GL3.GL_TEXTURE_2D);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_LINEAR_MIPMAP_LINEAR);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_WRAP_S, GL3.GL_REPEAT);
        return texture;
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
