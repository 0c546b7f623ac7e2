package io.callglobe.encode;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link VideoEncoder} produces: frame size, frame rate and x264 quality knobs.
 *
 * @param width   frame width in pixels, positive and even (yuv420p halves the chroma planes)
 * @param height  frame height in pixels, positive and even
 * @param fps     frames per second; frame n is shown at n/fps seconds
 * @param crf     x264 constant rate factor, 0 (lossless) to 51 (worst)
 * @param preset  x264 speed preset, one of {@link #PRESETS}
 * @param threads encoder threads, 0 lets x264 choose
 * @param tune    x264 tuning, one of {@link #TUNES}, or null for none
 * @param fragmented  an MP4 in fragments of about a second instead of one index at the front: a file cut
 *                    short (a killed process, a full disk) still plays up to its last whole fragment
 */
public record EncoderSettings(int width, int height, int fps, int crf, String preset, int threads, String tune,
                              boolean fragmented) {

    public static final int DEFAULT_FPS = 30;
    public static final int DEFAULT_CRF = 23;
    public static final String DEFAULT_PRESET = "veryfast";
    public static final int AUTO_THREADS = 0;
    private static final int FRAGMENT_MICROSECONDS = 1_000_000;
    public static final List<String> PRESETS = List.of(
            "ultrafast", "superfast", "veryfast", "faster", "fast",
            "medium", "slow", "slower", "veryslow", "placebo");
    public static final List<String> TUNES = List.of(
            "film", "animation", "grain", "stillimage", "fastdecode", "zerolatency", "psnr", "ssim");

    public EncoderSettings {
        requireEvenPositive("width", width);
        requireEvenPositive("height", height);
        if ((long) width * height * 4 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "frame " + width + "x" + height + " is too large: an RGBA frame must fit in 2 GiB");
        }
        if (fps < 1 || fps > 240) {
            throw new IllegalArgumentException("fps must be between 1 and 240, got " + fps);
        }
        if (crf < 0 || crf > 51) {
            throw new IllegalArgumentException("crf must be between 0 and 51, got " + crf);
        }
        if (!PRESETS.contains(preset)) {
            throw new IllegalArgumentException("preset must be one of " + PRESETS + ", got " + preset);
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (auto) or positive, got " + threads);
        }
        if (tune != null && !TUNES.contains(tune)) {
            throw new IllegalArgumentException("tune must be one of " + TUNES + ", got " + tune);
        }
    }

    /**
     * Settings for the given frame size with the defaults: 30 fps, crf 23, preset veryfast, auto threads, no tune,
     * not fragmented.
     */
    public static EncoderSettings of(int width, int height) {
        return new EncoderSettings(width, height, DEFAULT_FPS, DEFAULT_CRF, DEFAULT_PRESET, AUTO_THREADS, null,
                false);
    }

    public EncoderSettings withFps(int fps) {
        return new EncoderSettings(width, height, fps, crf, preset, threads, tune, fragmented);
    }

    public EncoderSettings withCrf(int crf) {
        return new EncoderSettings(width, height, fps, crf, preset, threads, tune, fragmented);
    }

    public EncoderSettings withPreset(String preset) {
        return new EncoderSettings(width, height, fps, crf, preset, threads, tune, fragmented);
    }

    public EncoderSettings withThreads(int threads) {
        return new EncoderSettings(width, height, fps, crf, preset, threads, tune, fragmented);
    }

    /** Tuning for x264, null for none. */
    public EncoderSettings withTune(String tune) {
        return new EncoderSettings(width, height, fps, crf, preset, threads, tune, fragmented);
    }

    public EncoderSettings withFragmented(boolean fragmented) {
        return new EncoderSettings(width, height, fps, crf, preset, threads, tune, fragmented);
    }

    /**
     * The MP4 muxer's options: one index at the front, for players that start before the file is loaded
     * ("faststart"), or an empty one followed by self-contained fragments cut at keyframes and at least every
     * second.
     */
    Map<String, String> muxerOptions() {
        if (!fragmented) {
            return Map.of("movflags", "+faststart");
        }
        // flush_packets: each fragment reaches the file when it is cut, not when the 32 KiB write buffer fills.
        return Map.of("movflags", "+frag_keyframe+empty_moov+default_base_moof",
                "frag_duration", Integer.toString(FRAGMENT_MICROSECONDS), "flush_packets", "1");
    }

    /** The libavcodec options that carry these settings to libx264, by name. */
    Map<String, String> x264Options() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("crf", Integer.toString(crf));
        options.put("preset", preset);
        if (tune != null) {
            options.put("tune", tune);
        }
        options.put("threads", Integer.toString(threads));
        return options;
    }

    /**
     * Checks that {@code frame} can be handed to an encoder: a direct buffer of exactly one RGBA frame.
     *
     * @throws IllegalArgumentException it cannot
     */
    void requireFrameBuffer(ByteBuffer frame) {
        if (!frame.isDirect()) {
            throw new IllegalArgumentException("frame buffer must be direct");
        }
        if (frame.capacity() != frameBytes()) {
            throw new IllegalArgumentException("frame buffer must hold exactly " + width + "x" + height + "x4 = "
                    + frameBytes() + " bytes, has " + frame.capacity());
        }
    }

    /** Size of one tightly packed RGBA frame: width * height * 4. */
    public int frameBytes() {
        return width * height * 4;
    }

    private static void requireEvenPositive(String name, int value) {
        if (value <= 0 || value % 2 != 0) {
            throw new IllegalArgumentException(name + " must be a positive even number, got " + value);
        }
    }
}
