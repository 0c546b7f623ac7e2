package io.callglobe.encode;

import io.humble.ferry.Buffer;
import io.humble.video.MediaPicture;
import io.humble.video.PixelFormat;
import io.humble.video.Rational;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Humble RGBA pictures that read straight from callers' direct buffers (no copy). A render loop
 * cycles through a few buffers, so each is wrapped once and its picture reused; holding the buffer
 * here also keeps its memory alive for as long as the native picture points at it.
 */
final class RgbaPictureCache {

    private static final int CAPACITY = 4;

    private final int width;
    private final int height;
    private final Rational timeBase;
    private final ByteBuffer[] buffers = new ByteBuffer[CAPACITY];
    private final MediaPicture[] pictures = new MediaPicture[CAPACITY];
    private int nextSlot;

    RgbaPictureCache(int width, int height, Rational timeBase) {
        this.width = width;
        this.height = height;
        this.timeBase = timeBase;
    }

    MediaPicture pictureOf(ByteBuffer frame) {
        for (int slot = 0; slot < CAPACITY; slot++) {
            if (buffers[slot] == frame) {
                return pictures[slot];
            }
        }
        // The Buffer must be exactly width*height*4 bytes: humble 0.3.0 rejects a larger one as "too small".
        Buffer memory = Buffer.make(null, frame, 0, width * height * 4);
        MediaPicture picture = MediaPicture.make(memory, width, height, PixelFormat.Type.PIX_FMT_RGBA);
        picture.setTimeBase(timeBase);
        picture.setComplete(true);
        buffers[nextSlot] = frame;
        pictures[nextSlot] = picture;
        nextSlot = (nextSlot + 1) % CAPACITY;
        return picture;
    }

    void clear() {
        Arrays.fill(buffers, null);
        Arrays.fill(pictures, null);
    }
}
