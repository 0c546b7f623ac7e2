package io.callglobe.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The frames as JPEGs for MJPEG viewers: one encoder thread turns each new frame into a JPEG once, whatever the
 * number of viewers, and every viewer sends the newest JPEG when it is ready for one, so a slow viewer skips
 * frames without holding up the others or the renderer. Nothing is encoded while nobody watches.
 */
final class JpegStream {
    /** One encoded frame; {@code slot} orders them. */
    record Jpeg(long slot, byte[] bytes) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(JpegStream.class);
    private static final long FRAME_WAIT_MILLIS = 1_000;

    private final LatestFrame frames;
    private final float quality;
    private final int maxClients;
    private final Thread encoder;
    private int clients;
    private Jpeg latest;
    private boolean closed;

    JpegStream(LatestFrame frames, float quality, int maxClients) {
        this.frames = frames;
        this.quality = quality;
        this.maxClients = maxClients;
        encoder = new Thread(this::encode, "callglobe-jpeg");
    }

    void start() {
        encoder.start();
    }

    /** Admits a viewer; false when the stream is full or closed. Each admitted viewer must {@link #leave}. */
    synchronized boolean join() {
        if (closed || clients >= maxClients) {
            return false;
        }
        clients++;
        notifyAll();
        return true;
    }

    synchronized void leave() {
        clients--;
        if (clients == 0) {
            // Encoding pauses while nobody watches: the next viewer must not be shown a stale frame first.
            latest = null;
        }
    }

    synchronized int clients() {
        return clients;
    }

    /** The newest JPEG once there is one newer than slot {@code after}; null once the stream is closed. */
    synchronized Jpeg awaitNewer(long after) throws InterruptedException {
        while (!closed && (latest == null || latest.slot() <= after)) {
            wait();
        }
        return closed ? null : latest;
    }

    private synchronized boolean awaitViewers() throws InterruptedException {
        while (!closed && clients == 0) {
            wait();
        }
        return !closed;
    }

    private synchronized void publish(Jpeg jpeg) {
        latest = jpeg;
        notifyAll();
    }

    /** Ends every viewer's stream and the encoder. */
    void close() throws InterruptedException {
        markClosed();
        encoder.interrupt();
        encoder.join();
    }

    private void encode() {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            BufferedImage image = new BufferedImage(frames.width(), frames.height(), BufferedImage.TYPE_INT_RGB);
            int[] rgb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            byte[] rgba = new byte[frames.bytes()];
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            long last = -1;
            while (awaitViewers()) {
                long slot = frames.copyNewer(last, rgba, FRAME_WAIT_MILLIS);
                if (slot < 0) {
                    if (frames.closed()) {
                        break;
                    }
                    continue;
                }
                last = slot;
                for (int i = 0, j = 0; i < rgb.length; i++, j += 4) {
                    rgb[i] = (rgba[j] & 0xFF) << 16 | (rgba[j + 1] & 0xFF) << 8 | rgba[j + 2] & 0xFF;
                }
                out.reset();
                // In memory: ImageIO's default stream for an OutputStream caches in a temporary file.
                try (ImageOutputStream jpeg = new MemoryCacheImageOutputStream(out)) {
                    writer.setOutput(jpeg);
                    writer.write(null, new IIOImage(image, null, null), param);
                }
                publish(new Jpeg(slot, out.toByteArray()));
            }
        } catch (InterruptedException closing) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            LOG.error("The MJPEG encoder stopped; the stream ends", e);
        } finally {
            writer.dispose();
            markClosed();
        }
    }

    private synchronized void markClosed() {
        closed = true;
        notifyAll();
    }
}
