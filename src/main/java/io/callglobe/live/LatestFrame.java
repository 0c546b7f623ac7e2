package io.callglobe.live;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * The newest rendered frame, shared between the render thread and the outputs without ever making the render
 * thread wait for them: it draws into a back buffer and swaps it in; each output copies the front buffer out
 * (a memory copy under the lock) and encodes or writes its copy at its own pace. An output too slow for every
 * frame simply gets the newest one next time.
 */
final class LatestFrame {
    private final int width;
    private final int height;
    private ByteBuffer back;
    private ByteBuffer front;
    private long slot = -1;
    private boolean closed;

    LatestFrame(int width, int height) {
        this.width = width;
        this.height = height;
        back = ByteBuffer.allocateDirect(bytes());
        front = ByteBuffer.allocateDirect(bytes());
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Tightly packed RGBA, rows top first. */
    int bytes() {
        return width * height * 4;
    }

    /** The buffer to draw the next frame into. Render thread only. */
    ByteBuffer drawingBuffer() {
        return back;
    }

    /** Makes the drawing buffer the newest frame, for frame slot {@code frameSlot}. Render thread only. */
    synchronized void publish(long frameSlot) {
        ByteBuffer drawn = back;
        back = front;
        front = drawn;
        slot = frameSlot;
        notifyAll();
    }

    /**
     * Copies the newest frame into {@code into} once there is one newer than slot {@code after}, waiting at
     * most {@code timeoutMillis}.
     *
     * @return the copied frame's slot, or -1 on timeout or once closed
     */
    synchronized long copyNewer(long after, byte[] into, long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!closed && slot <= after) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return -1;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        if (closed) {
            return -1;
        }
        front.get(0, into, 0, bytes());
        return slot;
    }

    /** Copies the newest frame without waiting; -1 when none has been rendered yet. */
    synchronized long copyLatest(byte[] into) {
        if (slot < 0) {
            return -1;
        }
        front.get(0, into, 0, bytes());
        return slot;
    }

    /** No more frames: wakes every waiting output. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean closed() {
        return closed;
    }
}
