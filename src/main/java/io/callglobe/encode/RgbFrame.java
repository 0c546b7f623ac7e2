package io.callglobe.encode;

import java.util.zip.CRC32;

/** One decoded video frame as packed RGB bytes, rows top to bottom. */
public final class RgbFrame {

    private final int index;
    private final int width;
    private final int height;
    private final byte[] rgb;

    RgbFrame(int index, int width, int height, byte[] rgb) {
        if (rgb.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " RGB bytes, got " + rgb.length);
        }
        this.index = index;
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** Position of the frame in decoding output order, from 0. */
    public int index() {
        return index;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at (x, y), x from the left and y from the top, as 0xRRGGBB. */
    public int rgbAt(int x, int y) {
        if (x < 0 || x >= width || y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside " + width + "x" + height);
        }
        int offset = (y * width + x) * 3;
        return (rgb[offset] & 0xFF) << 16 | (rgb[offset + 1] & 0xFF) << 8 | rgb[offset + 2] & 0xFF;
    }

    /** CRC-32 of the RGB bytes: equal frames have equal checksums. */
    public long checksum() {
        CRC32 crc = new CRC32();
        crc.update(rgb);
        return crc.getValue();
    }

    /** Mean of all R, G and B values, 0 to 255. */
    public double mean() {
        long sum = 0;
        for (byte value : rgb) {
            sum += value & 0xFF;
        }
        return (double) sum / rgb.length;
    }
}
