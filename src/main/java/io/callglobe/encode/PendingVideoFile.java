package io.callglobe.encode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The hidden temporary file beside its target that an encoder writes a video into, and the rename
 * that publishes it once finalised, so that the target name only ever holds a playable video.
 */
final class PendingVideoFile {

    /** Closes an encoder's output; when {@code complete}, after draining the codec and writing the trailer. */
    @FunctionalInterface
    interface OutputCloser {
        void close(boolean complete) throws IOException;
    }

    private final Path target;
    private final Path temp;

    /** Creates the empty temporary file; nothing is written under {@code target} before {@link #finish}. */
    PendingVideoFile(Path target) throws IOException {
        this.target = target.toAbsolutePath();
        this.temp = AtomicFiles.createSiblingTemp(this.target);
    }

    Path target() {
        return target;
    }

    /** Where the encoder writes. */
    Path temp() {
        return temp;
    }

    /** Deletes the temporary file, for an encoder that could not start. */
    void discard() throws IOException {
        Files.deleteIfExists(temp);
    }

    /** Deletes the temporary file and describes why the encoder could not start. */
    IOException openFailed(Exception cause) throws IOException {
        discard();
        return new IOException("cannot start H.264 encoding to " + target + ": " + cause.getMessage(), cause);
    }

    /**
     * Closes the output through {@code closer}, then renames the video onto the target. With no frame
     * encoded, or when closing fails, the temporary file is deleted instead and the target left alone.
     *
     * @throws IOException no frame was encoded, finalising failed, or the finished video could not be renamed
     */
    void finish(long framesEncoded, OutputCloser closer) throws IOException {
        boolean complete = framesEncoded > 0;
        try {
            closer.close(complete);
        } catch (IOException | RuntimeException e) {
            discard();
            throw new IOException("finalising " + target + " failed: " + e.getMessage(), e);
        }
        if (!complete) {
            // An MP4 with an empty track does not play, and demuxers report it as having no video stream.
            discard();
            throw new IOException("no frames were encoded, so nothing was written to " + target);
        }
        try {
            AtomicFiles.commit(temp, target);
        } catch (IOException e) {
            throw new IOException("the video is complete in " + temp + " but could not be renamed to " + target, e);
        }
    }
}
