package io.callglobe.encode;

import io.humble.video.Codec;
import io.humble.video.Coder;
import io.humble.video.ContainerFormat;
import io.humble.video.Encoder;
import io.humble.video.KeyValueBag;
import io.humble.video.MediaPacket;
import io.humble.video.MediaPicture;
import io.humble.video.MediaPictureResampler;
import io.humble.video.Muxer;
import io.humble.video.PixelFormat;
import io.humble.video.Rational;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Map;

/**
 * H.264 (libx264, yuv420p) in MP4 through humble-video. Frames go to a hidden file beside the
 * target, renamed onto the target by {@link #close()}, so the target name only ever holds a
 * finalised, playable video. The MP4 is laid out as {@link EncoderSettings#muxerOptions()} says.
 *
 * <p>Thread-safe: {@link #close()} may be called from a shutdown hook while another thread encodes;
 * it waits for the frame in progress.
 */
public final class HumbleH264Encoder implements VideoEncoder {

    /**
     * Humble ORs any scaler flag passed to {@code MediaPictureResampler.make} into its own default,
     * and swscale then refuses two algorithms; 0 is the only value that works.
     */
    static final int HUMBLE_DEFAULT_SCALER = 0;

    private final EncoderSettings settings;
    private final PendingVideoFile file;
    private final Muxer muxer;
    private final Encoder encoder;
    private final MediaPictureResampler rgbaToYuv;
    private final MediaPicture yuv;
    private final MediaPacket packet = MediaPacket.make();
    private final RgbaPictureCache rgbaPictures;
    private long frameIndex;
    private boolean closed;

    /** Opens the encoder and a temporary file beside {@code target}; nothing is written under {@code target} before {@link #close()}. */
    public HumbleH264Encoder(Path target, EncoderSettings settings) throws IOException {
        this.settings = settings;
        this.file = new PendingVideoFile(target);
        Rational timeBase = Rational.make(1, settings.fps());
        int width = settings.width();
        int height = settings.height();
        try {
            // The temp name does not end in .mp4, so the format is named rather than guessed.
            muxer = Muxer.make(file.temp().toString(), null, "mp4");
            encoder = openEncoder(settings, timeBase, muxer.getFormat().getFlag(ContainerFormat.Flag.GLOBAL_HEADER));
            muxer.addNewStream(encoder);
            rgbaToYuv = MediaPictureResampler.make(width, height, PixelFormat.Type.PIX_FMT_YUV420P,
                    width, height, PixelFormat.Type.PIX_FMT_RGBA,
                    HUMBLE_DEFAULT_SCALER);
            rgbaToYuv.open();
            yuv = MediaPicture.make(width, height, PixelFormat.Type.PIX_FMT_YUV420P);
            yuv.setTimeBase(timeBase);
            rgbaPictures = new RgbaPictureCache(width, height, timeBase);
            muxer.open(options(settings.muxerOptions()), null);
        } catch (RuntimeException e) {
            throw file.openFailed(e);
        } catch (InterruptedException e) {
            file.discard();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while opening " + file.target());
        }
    }

    private static Encoder openEncoder(EncoderSettings settings, Rational timeBase, boolean globalHeader) {
        Encoder encoder = Encoder.make(Codec.findEncodingCodec(Codec.ID.CODEC_ID_H264));
        encoder.setWidth(settings.width());
        encoder.setHeight(settings.height());
        encoder.setPixelFormat(PixelFormat.Type.PIX_FMT_YUV420P);
        encoder.setTimeBase(timeBase);
        if (globalHeader) {
            encoder.setFlag(Coder.Flag.FLAG_GLOBAL_HEADER, true);
        }
        encoder.open(options(settings.x264Options()), null);
        return encoder;
    }

    private static KeyValueBag options(Map<String, String> values) {
        KeyValueBag bag = KeyValueBag.make();
        values.forEach(bag::setValue);
        return bag;
    }

    @Override
    public synchronized void encode(ByteBuffer rgbaTopDown) throws IOException {
        if (closed) {
            throw new IllegalStateException("encoder for " + file.target() + " is closed");
        }
        settings.requireFrameBuffer(rgbaTopDown);
        try {
            MediaPicture rgba = rgbaPictures.pictureOf(rgbaTopDown);
            rgba.setTimeStamp(frameIndex);
            rgbaToYuv.resample(yuv, rgba);
            yuv.setTimeStamp(frameIndex);
            writePackets(yuv);
        } catch (RuntimeException e) {
            throw new IOException("encoding frame " + frameIndex + " of " + file.target() + " failed: " + e.getMessage(), e);
        }
        frameIndex++;
    }

    /** Encodes {@code picture}, or drains the codec when it is null, writing every packet produced. */
    private void writePackets(MediaPicture picture) {
        do {
            encoder.encode(packet, picture);
            if (packet.isComplete()) {
                muxer.write(packet, false);
            }
        } while (packet.isComplete());
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        rgbaPictures.clear();
        file.finish(frameIndex, complete -> {
            if (complete) {
                writePackets(null);
            }
            muxer.close();
        });
    }
}
