package io.callglobe.encode;

import io.humble.ferry.Buffer;
import io.humble.video.Decoder;
import io.humble.video.Demuxer;
import io.humble.video.DemuxerStream;
import io.humble.video.MediaDescriptor;
import io.humble.video.MediaPacket;
import io.humble.video.MediaPicture;
import io.humble.video.MediaPictureResampler;
import io.humble.video.PixelFormat;
import io.humble.video.Rational;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Reads back an MP4's first video stream: what it holds, and its frames decoded to RGB. */
public final class Mp4Probe {

    /**
     * @param codecName   libavcodec's short name, e.g. "h264"
     * @param codecId     humble's codec id, e.g. "CODEC_ID_H264"
     * @param pixelFormat libavutil's name, e.g. "yuv420p"
     * @param frameCount  pictures the decoder produced from every packet of the stream
     * @param duration    the stream's duration as the container records it
     */
    public record VideoSummary(String codecName, String codecId, int width, int height, String pixelFormat,
                               int frameCount, Duration duration) {
    }

    private Mp4Probe() {
    }

    /** Describes the video, decoding every packet to count the frames. */
    public static VideoSummary summarize(Path mp4) throws IOException {
        return decode(mp4, picture -> { });
    }

    /** Decodes every frame to RGB, in display order, and hands each one to {@code consumer}. */
    public static void forEachFrame(Path mp4, Consumer<RgbFrame> consumer) throws IOException {
        decode(mp4, new RgbConverter(consumer));
    }

    /** All frames decoded to RGB; meant for short videos, as every frame is kept in memory. */
    public static List<RgbFrame> readFrames(Path mp4) throws IOException {
        List<RgbFrame> frames = new ArrayList<>();
        forEachFrame(mp4, frames::add);
        return frames;
    }

    private static VideoSummary decode(Path mp4, Consumer<MediaPicture> onPicture) throws IOException {
        Demuxer demuxer = Demuxer.make();
        try {
            demuxer.open(mp4.toAbsolutePath().toString(), null, false, true, null, null);
            try {
                int streamIndex = videoStreamIndex(demuxer, mp4);
                DemuxerStream stream = demuxer.getStream(streamIndex);
                Decoder decoder = stream.getDecoder();
                decoder.open(null, null);
                int frameCount = decodePackets(demuxer, streamIndex, decoder, onPicture);
                Rational timeBase = stream.getTimeBase();
                return new VideoSummary(
                        decoder.getCodec().getName(),
                        decoder.getCodecID().name(),
                        decoder.getWidth(),
                        decoder.getHeight(),
                        pixelFormatName(decoder.getPixelFormat()),
                        frameCount,
                        Duration.ofNanos(stream.getDuration() * 1_000_000_000L
                                * timeBase.getNumerator() / timeBase.getDenominator()));
            } finally {
                demuxer.close();
            }
        } catch (RuntimeException e) {
            throw new IOException("cannot read video from " + mp4 + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading " + mp4);
        }
    }

    private static int videoStreamIndex(Demuxer demuxer, Path mp4) throws IOException, InterruptedException {
        for (int i = 0; i < demuxer.getNumStreams(); i++) {
            if (demuxer.getStream(i).getDecoder().getCodecType() == MediaDescriptor.Type.MEDIA_VIDEO) {
                return i;
            }
        }
        throw new IOException(mp4 + " has no video stream");
    }

    /** Decodes the stream's packets, then drains the decoder; returns how many pictures came out. */
    private static int decodePackets(Demuxer demuxer, int streamIndex, Decoder decoder,
                                     Consumer<MediaPicture> onPicture) throws IOException, InterruptedException {
        int pictures = 0;
        MediaPicture picture = MediaPicture.make(decoder.getWidth(), decoder.getHeight(), decoder.getPixelFormat());
        MediaPacket packet = MediaPacket.make();
        while (demuxer.read(packet) >= 0) {
            if (packet.getStreamIndex() != streamIndex) {
                continue;
            }
            int offset = 0;
            while (offset < packet.getSize()) {
                int consumed = decoder.decode(picture, packet, offset);
                if (consumed <= 0) {
                    throw new IOException("the decoder consumed nothing of a " + packet.getSize() + " byte packet");
                }
                offset += consumed;
                if (picture.isComplete()) {
                    onPicture.accept(picture);
                    pictures++;
                }
            }
        }
        // The codec holds back frames for reordering; null packets drain them.
        do {
            decoder.decode(picture, null, 0);
            if (picture.isComplete()) {
                onPicture.accept(picture);
                pictures++;
            }
        } while (picture.isComplete());
        return pictures;
    }

    private static String pixelFormatName(PixelFormat.Type format) {
        return format.name().replaceFirst("^PIX_FMT_", "").toLowerCase(Locale.ROOT);
    }

    /** Converts each decoded picture to an {@link RgbFrame}, set up on the first picture. */
    private static final class RgbConverter implements Consumer<MediaPicture> {
        private final Consumer<RgbFrame> consumer;
        private MediaPictureResampler resampler;
        private MediaPicture rgb;
        private int nextIndex;

        RgbConverter(Consumer<RgbFrame> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void accept(MediaPicture picture) {
            int width = picture.getWidth();
            int height = picture.getHeight();
            if (resampler == null) {
                resampler = MediaPictureResampler.make(width, height, PixelFormat.Type.PIX_FMT_RGB24,
                        width, height, picture.getFormat(), HumbleH264Encoder.HUMBLE_DEFAULT_SCALER);
                resampler.open();
                rgb = MediaPicture.make(width, height, PixelFormat.Type.PIX_FMT_RGB24);
            }
            resampler.resample(rgb, picture);
            int rowBytes = width * 3;
            int stride = rgb.getLineSize(0);
            byte[] pixels = new byte[rowBytes * height];
            Buffer plane = rgb.getData(0);
            for (int y = 0; y < height; y++) {
                plane.get(y * stride, pixels, y * rowBytes, rowBytes);
            }
            plane.delete();
            consumer.accept(new RgbFrame(nextIndex++, width, height, pixels));
        }
    }
}
