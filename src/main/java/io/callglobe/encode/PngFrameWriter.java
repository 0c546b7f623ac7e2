package io.callglobe.encode;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Writes single RGBA frames as PNG snapshots. */
public final class PngFrameWriter {

    private PngFrameWriter() {
    }

    /**
     * Writes the frame to {@code target} through a temporary file beside it, so that {@code target} either keeps
     * its old content or holds the whole new image. The PNG has an alpha channel when any pixel is not opaque.
     *
     * @param rgbaTopDown exactly width*height*4 bytes, tightly packed RGBA, rows top to bottom;
     *                    read from index 0, its position and limit are ignored and left alone
     */
    public static void write(ByteBuffer rgbaTopDown, int width, int height, Path target) throws IOException {
        BufferedImage image = toImage(rgbaTopDown, width, height);
        Path temp = AtomicFiles.createSiblingTemp(target);
        try {
            if (!ImageIO.write(image, "png", temp.toFile())) {
                throw new IOException("no PNG writer is installed in this JVM");
            }
            AtomicFiles.commit(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Encodes the frame as PNG onto {@code out}, for a snapshot served over HTTP; same frame layout as above. */
    public static void write(ByteBuffer rgbaTopDown, int width, int height, OutputStream out) throws IOException {
        BufferedImage image = toImage(rgbaTopDown, width, height);
        // Buffered in memory: ImageIO's default stream for an OutputStream caches in a temporary file.
        try (ImageOutputStream images = new MemoryCacheImageOutputStream(out)) {
            if (!ImageIO.write(image, "png", images)) {
                throw new IOException("no PNG writer is installed in this JVM");
            }
        }
    }

    /** The frame as an image, without alpha when every pixel is opaque; same frame layout as above. */
    static BufferedImage toImage(ByteBuffer rgba, int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
        if (rgba.capacity() != (long) width * height * 4) {
            throw new IllegalArgumentException("an RGBA " + width + "x" + height + " frame is "
                    + (long) width * height * 4 + " bytes, the buffer holds " + rgba.capacity());
        }
        // A rendered frame is opaque: without an alpha channel the PNG is ~12% smaller and ~25% faster to write.
        int type = isOpaque(rgba) ? BufferedImage.TYPE_INT_RGB : BufferedImage.TYPE_INT_ARGB;
        BufferedImage image = new BufferedImage(width, height, type);
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < argb.length; i++) {
            int offset = i * 4;
            argb[i] = (rgba.get(offset + 3) & 0xFF) << 24
                    | (rgba.get(offset) & 0xFF) << 16
                    | (rgba.get(offset + 1) & 0xFF) << 8
                    | rgba.get(offset + 2) & 0xFF;
        }
        return image;
    }

    private static boolean isOpaque(ByteBuffer rgba) {
        for (int offset = 3; offset < rgba.capacity(); offset += 4) {
            if (rgba.get(offset) != (byte) 0xFF) {
                return false;
            }
        }
        return true;
    }
}
