package io.callglobe.encode;

import java.nio.ByteBuffer;

/** Test content: a bright square sliding right across a dark background, 5 pixels a frame. */
final class MovingSquare {

    static final int BACKGROUND = 0x202020;
    static final int SQUARE = 0xF0C83C;
    static final int SIZE = 40;
    static final int STEP = 5;
    static final int TOP = 60;

    private final int width;
    private final int height;

    MovingSquare(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Left edge of the square in frame {@code n}. */
    static int left(int n) {
        return 10 + n * STEP;
    }

    ByteBuffer newFrameBuffer() {
        return ByteBuffer.allocateDirect(width * height * 4);
    }

    void draw(int n, ByteBuffer rgba) {
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean inSquare = x >= left(n) && x < left(n) + SIZE && y >= TOP && y < TOP + SIZE;
                rgba.putInt((y * width + x) * 4, (inSquare ? SQUARE : BACKGROUND) << 8 | 0xFF);
            }
        }
    }

    /** Whether {@code actualRgb} is nearer the square's colour than the background's. */
    static boolean looksLikeSquare(int actualRgb) {
        return distance(SQUARE, actualRgb) < distance(BACKGROUND, actualRgb);
    }

    private static int distance(int rgb, int otherRgb) {
        int sum = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            sum += Math.abs((rgb >> shift & 0xFF) - (otherRgb >> shift & 0xFF));
        }
        return sum;
    }

    static boolean close(int expectedRgb, int actualRgb, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            int expected = expectedRgb >> shift & 0xFF;
            int actual = actualRgb >> shift & 0xFF;
            if (Math.abs(expected - actual) > tolerance) {
                return false;
            }
        }
        return true;
    }
}
