package io.callglobe.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/** The libraries that can encode H.264 MP4s; both produce the same kind of file from the same settings. */
public enum EncoderBackend {

    /** humble-video 0.3.0: its bundled x264 has no assembly, so it is several times slower; x86-64 only. */
    HUMBLE(HumbleH264Encoder::new),

    /** FFmpeg 8 through JavaCPP, with an optimised libx264; x86-64 and arm64. */
    FFMPEG(FfmpegH264Encoder::new);

    /** The faster backend (about 5x humble at 720p here, see `callglobe bench`); every encoder test runs on both. */
    public static final EncoderBackend DEFAULT = FFMPEG;

    @FunctionalInterface
    private interface Opener {
        VideoEncoder open(Path target, EncoderSettings settings) throws IOException;
    }

    private final Opener opener;

    EncoderBackend(Opener opener) {
        this.opener = opener;
    }

    /**
     * Opens an encoder that writes {@code target} on {@link VideoEncoder#close()}.
     *
     * @throws IOException the encoder or its temporary file beside {@code target} cannot be opened
     */
    public VideoEncoder open(Path target, EncoderSettings settings) throws IOException {
        return opener.open(target, settings);
    }

    /** The lower-case name, as the command line takes it. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
