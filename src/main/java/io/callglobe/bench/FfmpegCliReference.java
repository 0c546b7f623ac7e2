package io.callglobe.bench;

import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.javacpp.Loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The yardstick: the {@code ffmpeg} program that ships with JavaCPP's FFmpeg (same x264) encoding raw
 * yuv420p frames from stdin with x264 veryfast, crf 23, as fast as it can.
 */
final class FfmpegCliReference {
    private FfmpegCliReference() {
    }

    /** Frames per second, from the program's start until it exits with the MP4 written. */
    static double framesPerSecond(Path rawYuv, BenchConfig.FrameSize size, int frames, Path target)
            throws IOException, InterruptedException {
        String program;
        try {
            program = Loader.load(ffmpeg.class);
        } catch (UnsatisfiedLinkError e) {
            throw new IOException("the ffmpeg program cannot start: " + rootCause(e).getMessage()
                    + " (Debian: apt-get install libpulse0)", e);
        }
        Path log = target.resolveSibling(target.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(program, "-hide_banner", "-loglevel", "error",
                "-y", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", size.toString(), "-r", "30", "-i", "-",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-f", "mp4", target.toString()))
                .redirectInput(rawYuv.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile());
        // Its libraries find their own dependencies (libva, libdrm) beside them only through the loader's path.
        builder.environment().put("LD_LIBRARY_PATH", Path.of(program).getParent().toString());
        long started = System.nanoTime();
        Process process = builder.start();
        int exitCode = process.waitFor();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (exitCode != 0) {
            throw new IOException("ffmpeg exited with " + exitCode + ": " + Files.readString(log).strip());
        }
        return frames / seconds;
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null ? e : rootCause(e.getCause());
    }
}
