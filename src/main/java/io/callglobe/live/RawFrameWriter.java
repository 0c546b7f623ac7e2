package io.callglobe.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Raw RGBA frames, rows top first, back to back, for a pipe into ffmpeg. The stream holds exactly one frame per
 * frame slot: a slot whose frame was dropped (by the renderer, or because the reader was slow) repeats the
 * newest frame, so that ffmpeg's {@code -r FPS} keeps to the wall clock.
 */
final class RawFrameWriter {
    private static final Logger LOG = LoggerFactory.getLogger(RawFrameWriter.class);
    private static final long FRAME_WAIT_MILLIS = 1_000;
    private static final long FINISH_WAIT_MILLIS = 5_000;

    private final LatestFrame frames;
    private final OutputStream out;
    private final Runnable onReaderGone;
    private final Thread thread;
    private volatile long written;

    /** @param onReaderGone called when the stream cannot be written any more (the reader closed the pipe) */
    RawFrameWriter(LatestFrame frames, OutputStream out, Runnable onReaderGone) {
        this.frames = frames;
        this.out = out;
        this.onReaderGone = onReaderGone;
        thread = new Thread(this::run, "callglobe-raw-frames");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        byte[] rgba = new byte[frames.bytes()];
        long last = -1;
        try {
            while (true) {
                long slot = frames.copyNewer(last, rgba, FRAME_WAIT_MILLIS);
                if (slot < 0) {
                    if (frames.closed()) {
                        break;
                    }
                    continue;
                }
                for (long repeat = last < 0 ? 1 : slot - last; repeat > 0; repeat--) {
                    out.write(rgba);
                    written++;
                }
                out.flush();
                last = slot;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("Raw frame output closed ({}); stopping", e.getMessage());
            onReaderGone.run();
        }
    }

    /** Frames written so far, repeats included. */
    long framesWritten() {
        return written;
    }

    /**
     * Waits, for a while, until the frames rendered have been written; the renderer must have stopped. A reader
     * that stopped reading without closing the pipe is given up on.
     */
    void finish() throws InterruptedException {
        thread.join(FINISH_WAIT_MILLIS);
        if (thread.isAlive()) {
            LOG.warn("Raw frame output blocked for {} ms: the reader is not reading; giving up on it",
                    FINISH_WAIT_MILLIS);
        }
    }
}
