package io.callglobe.encode;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Turns RGBA frames into a video file. Frame timestamps are implicit: the n-th frame passed to
 * {@link #encode} is shown at n/fps seconds.
 */
public interface VideoEncoder extends Closeable {

    /**
     * Encodes one frame.
     *
     * @param rgbaTopDown a direct buffer of exactly width*height*4 bytes, tightly packed RGBA, rows
     *                    from top to bottom; only read during the call, its position and limit are
     *                    ignored and left alone
     */
    void encode(ByteBuffer rgbaTopDown) throws IOException;

    /**
     * Flushes the frames still held by the codec and finalises the file so that it plays. Calling
     * it again does nothing.
     *
     * @throws IOException finalising failed, or no frame was encoded (a video with no frames does
     *                     not play, so none is written)
     */
    @Override
    void close() throws IOException;
}
