package io.callglobe.render;

import com.jogamp.opengl.GL3;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The Earth's picture, decoded off the GL thread (it takes as long as bringing up the GL context, so they
 * overlap) and halved while it still has a texel for every pixel the globe can cover around the equator:
 * a 720p frame needs only a quarter of the 4096-wide map, which makes its upload and mipmaps four times cheaper.
 */
final class EarthMap {
    private final int width;
    private final int height;
    private final byte[] bgr;
    /**
     * Each half the size of the one before, made here on the decoding thread: llvmpipe's glGenerateMipmap
     * took 0.15-0.2 s of a snapshot's start for a 2048-wide map.
     */
    private final List<EarthMap> smallerLevels;

    private EarthMap(int width, int height, byte[] bgr, List<EarthMap> smallerLevels) {
        this.width = width;
        this.height = height;
        this.bgr = bgr;
        this.smallerLevels = smallerLevels;
    }

    static CompletableFuture<EarthMap> decodeInBackground(RenderSettings settings) {
        int neededWidth = (int) Math.ceil(2 * Math.PI * settings.globeRadiusPixels());
        return CompletableFuture.supplyAsync(
                () -> decode(settings.style().texture).reducedTo(neededWidth).withSmallerLevels());
    }

    /** Uploads the map as a mipmapped texture wrapping around in longitude. */
    int upload(GL3 gl) {
        int texture = TextureLoader.create(gl);
        gl.glPixelStorei(GL3.GL_UNPACK_ALIGNMENT, 1);
        uploadLevel(gl, 0);
        for (int level = 1; level <= smallerLevels.size(); level++) {
            smallerLevels.get(level - 1).uploadLevel(gl, level);
        }
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MAX_LEVEL, smallerLevels.size());
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_MIN_FILTER, GL3.GL_LINEAR_MIPMAP_LINEAR);
        gl.glTexParameteri(GL3.GL_TEXTURE_2D, GL3.GL_TEXTURE_WRAP_S, GL3.GL_REPEAT);
        return texture;
    }

    private void uploadLevel(GL3 gl, int level) {
        gl.glTexImage2D(GL3.GL_TEXTURE_2D, level, GL3.GL_RGBA8, width, height, 0, GL3.GL_BGR, GL3.GL_UNSIGNED_BYTE,
                ByteBuffer.wrap(bgr));
    }

    private static EarthMap decode(String resource) {
        BufferedImage image;
        try (InputStream in = EarthMap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("texture " + resource + " is not on the classpath");
            }
            image = ImageIO.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read texture " + resource, e);
        }
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            BufferedImage converted = new BufferedImage(image.getWidth(), image.getHeight(),
                    BufferedImage.TYPE_3BYTE_BGR);
            converted.createGraphics().drawImage(image, 0, 0, null);
            image = converted;
        }
        byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        return new EarthMap(image.getWidth(), image.getHeight(), bgr, List.of());
    }

    private EarthMap reducedTo(int neededWidth) {
        EarthMap map = this;
        while (map.width / 2 >= neededWidth && map.halvable()) {
            map = map.halved();
        }
        return map;
    }

    /** Down to the last level that halves evenly; sampling coarser than that uses it (GL_TEXTURE_MAX_LEVEL). */
    private EarthMap withSmallerLevels() {
        List<EarthMap> levels = new ArrayList<>();
        for (EarthMap level = this; level.halvable(); ) {
            level = level.halved();
            levels.add(level);
        }
        return new EarthMap(width, height, bgr, List.copyOf(levels));
    }

    private boolean halvable() {
        return width % 2 == 0 && height % 2 == 0;
    }

    /** Each texel the average of a 2x2 block. */
    private EarthMap halved() {
        int halfWidth = width / 2;
        int halfHeight = height / 2;
        byte[] half = new byte[halfWidth * halfHeight * 3];
        int rowBytes = width * 3;
        for (int y = 0; y < halfHeight; y++) {
            int top = 2 * y * rowBytes;
            int out = y * halfWidth * 3;
            for (int x = 0; x < halfWidth * 3; x += 3) {
                int in = top + 2 * x;
                for (int c = 0; c < 3; c++) {
                    int sum = (bgr[in + c] & 0xff) + (bgr[in + 3 + c] & 0xff) + (bgr[in + rowBytes + c] & 0xff)
                            + (bgr[in + rowBytes + 3 + c] & 0xff);
                    half[out + x + c] = (byte) ((sum + 2) >> 2);
                }
            }
        }
        return new EarthMap(halfWidth, halfHeight, half, List.of());
    }
}
