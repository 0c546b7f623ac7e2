package io.callglobe.encode;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Overlaps rendering and encoding: the render thread fills pooled frame buffers while a dedicated
 * thread encodes earlier ones, in submission order.
 *
 * <pre>{@code
 * try (FramePipeline pipeline = new FramePipeline(settings, () -> EncoderBackend.DEFAULT.open(target, settings))) {
 *     for (...) {
 *         ByteBuffer frame = pipeline.acquire(); // blocks while every buffer is queued or encoding
 *         renderInto(frame);
 *         pipeline.submit(frame);
 *     }
 * }
 * }</pre>
 *
 * <p>The encoder is opened on the encoder thread, so a failure to open it, like any encoding
 * failure, is thrown as an {@link IOException} from the next {@link #acquire}, {@link #submit} or
 * {@link #close} call. {@link #close} may be called from any thread, a shutdown hook included,
 * while the producer is blocked: it encodes every submitted frame, closes the encoder and makes
 * the producer's pending and later calls throw {@link IllegalStateException}.
 */
public final class FramePipeline implements Closeable {

    public static final int DEFAULT_POOL_SIZE = 3;

    /** Opens the encoder; called once, on the encoder thread. */
    @FunctionalInterface
    public interface EncoderOpener {
        VideoEncoder open() throws IOException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition bufferFreed = lock.newCondition();
    private final Condition frameQueued = lock.newCondition();
    private final ArrayDeque<ByteBuffer> free = new ArrayDeque<>();
    private final ArrayDeque<ByteBuffer> queued = new ArrayDeque<>();
    private final Set<ByteBuffer> withProducer = Collections.newSetFromMap(new IdentityHashMap<>());
    private final EncoderOpener opener;
    private final Thread encoderThread;
    private boolean closing;
    private Throwable failure;
    private long framesEncoded;

    /** A pipeline of {@link #DEFAULT_POOL_SIZE} buffers of {@code settings.frameBytes()} each. */
    public FramePipeline(EncoderSettings settings, EncoderOpener opener) {
        this(settings.frameBytes(), DEFAULT_POOL_SIZE, opener);
    }

    public FramePipeline(int frameBytes, int poolSize, EncoderOpener opener) {
        if (frameBytes <= 0) {
            throw new IllegalArgumentException("frameBytes must be positive, got " + frameBytes);
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("poolSize must be at least 1, got " + poolSize);
        }
        for (int i = 0; i < poolSize; i++) {
            free.add(ByteBuffer.allocateDirect(frameBytes));
        }
        this.opener = opener;
        encoderThread = new Thread(this::encodeUntilClosed, "frame-encoder");
        // A producer that exits without close() must not keep the JVM alive; its video is lost either way.
        encoderThread.setDaemon(true);
        encoderThread.start();
    }

    /**
     * A frame buffer to fill with one tightly packed RGBA frame, rows top to bottom, blocking until
     * one is free.
     *
     * @throws IOException           the encoder failed
     * @throws IllegalStateException the pipeline was closed
     */
    public ByteBuffer acquire() throws IOException, InterruptedException {
        lock.lockInterruptibly();
        try {
            while (true) {
                throwIfFailedOrClosed();
                ByteBuffer buffer = free.poll();
                if (buffer != null) {
                    withProducer.add(buffer);
                    return buffer.clear();
                }
                bufferFreed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Queues a filled buffer from {@link #acquire()} for encoding; the producer must not touch it
     * afterwards.
     *
     * @throws IOException           the encoder failed
     * @throws IllegalStateException the pipeline was closed; the frame is not encoded
     */
    public void submit(ByteBuffer frame) throws IOException {
        lock.lock();
        try {
            throwIfFailedOrClosed();
            if (!withProducer.remove(frame)) {
                throw new IllegalArgumentException("submitted a buffer that was not acquired from this pipeline");
            }
            queued.add(frame);
            frameQueued.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Frames the encoder has finished with so far. */
    public long framesEncoded() {
        lock.lock();
        try {
            return framesEncoded;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Encodes the frames already submitted, then closes the encoder so that the video is complete.
     * Safe to call again and from any thread; each call throws the encoder's failure, if there was one.
     */
    @Override
    public void close() throws IOException {
        lock.lock();
        try {
            closing = true;
            frameQueued.signal();
            bufferFreed.signalAll();
        } finally {
            lock.unlock();
        }
        joinEncoderThread();
        lock.lock();
        try {
            throwIfFailed();
        } finally {
            lock.unlock();
        }
    }

    private void joinEncoderThread() {
        boolean interrupted = false;
        while (encoderThread.isAlive()) {
            try {
                encoderThread.join();
            } catch (InterruptedException e) {
                // Returning before the encoder is closed would leave an unplayable video behind.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void throwIfFailedOrClosed() throws IOException {
        throwIfFailed();
        if (closing) {
            throw new IllegalStateException("frame pipeline is closed");
        }
    }

    private void throwIfFailed() throws IOException {
        if (failure != null) {
            throw new IOException("video encoding failed: " + failure.getMessage(), failure);
        }
    }

    private void encodeUntilClosed() {
        VideoEncoder encoder = null;
        try {
            encoder = opener.open();
            for (ByteBuffer frame = nextFrame(); frame != null; frame = nextFrame()) {
                encoder.encode(frame);
                recycle(frame);
            }
        } catch (Throwable e) {
            fail(e);
        } finally {
            if (encoder != null) {
                try {
                    encoder.close();
                } catch (Throwable e) {
                    fail(e);
                }
            }
        }
    }

    /** The next submitted frame, or null once the pipeline is closing and every frame is encoded. */
    private ByteBuffer nextFrame() {
        lock.lock();
        try {
            while (queued.isEmpty() && !closing) {
                frameQueued.awaitUninterruptibly();
            }
            return queued.poll();
        } finally {
            lock.unlock();
        }
    }

    private void recycle(ByteBuffer frame) {
        lock.lock();
        try {
            framesEncoded++;
            free.add(frame);
            bufferFreed.signal();
        } finally {
            lock.unlock();
        }
    }

    private void fail(Throwable e) {
        lock.lock();
        try {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
            bufferFreed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
