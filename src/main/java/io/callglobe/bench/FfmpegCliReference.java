package io.callglobe.bench;

import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.javacpp.Loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The yardstick: the {@code ffmpeg} program that ships with JavaCPP's FFmpeg (same x264) encoding raw
 * yuv420p frames from stdin with x264 veryfast, crf 23, as fast as it can.
 */
final class FfmpegCliReference {
    private FfmpegCliReference() {
    }

    /**
     * Decodes {@code mp4} into raw yuv420p frames (swscale's BT.601, limited range), played over again from its
     * start until there are {@code frames}.
     */
    static void decodeToRawYuv(Path mp4, int frames, Path target) throws IOException, InterruptedException {
        run(List.of("-stream_loop", "-1", "-i", mp4.toString(), "-frames:v", String.valueOf(frames),
                "-f", "rawvideo", "-pix_fmt", "yuv420p", target.toString()), null, target);
    }

    /** Frames per second, from the program's start until it exits with the MP4 written. */
    static double framesPerSecond(Path rawYuv, BenchConfig.FrameSize size, int frames, Path target)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        run(List.of("-f", "rawvideo", "-pix_fmt", "yuv420p", "-s", size.toString(), "-r", "30", "-i", "-",
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-f", "mp4", target.toString()), rawYuv, target);
        return frames / ((System.nanoTime() - started) / 1e9);
    }

    /** Runs the program to completion, {@code input} (if any) on its stdin, its errors logged beside {@code output}. */
    private static void run(List<String> arguments, Path input, Path output) throws IOException, InterruptedException {
        String program;
        try {
            program = Loader.load(ffmpeg.class);
        } catch (UnsatisfiedLinkError e) {
            throw new IOException("the ffmpeg program cannot start: " + rootCause(e).getMessage()
                    + " (Debian: apt-get install libpulse0)", e);
        }
        List<String> command = new ArrayList<>(List.of(program, "-hide_banner", "-loglevel", "error", "-y"));
        command.addAll(arguments);
        Path log = output.resolveSibling(output.getFileName() + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(log.toFile());
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        // Its libraries find their own dependencies (libva, libdrm) beside them only through the loader's path.
        builder.environment().put("LD_LIBRARY_PATH", Path.of(program).getParent().toString());
        int exitCode = builder.start().waitFor();
        if (exitCode != 0) {
            throw new IOException("ffmpeg exited with " + exitCode + ": " + Files.readString(log).strip());
        }
    }

    private static Throwable rootCause(Throwable e) {
        return e.getCause() == null ? e : rootCause(e.getCause());
    }
}
