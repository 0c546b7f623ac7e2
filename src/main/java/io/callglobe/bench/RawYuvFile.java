package io.callglobe.bench;

import io.callglobe.encode.Mp4Probe;
import io.callglobe.encode.RgbFrame;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An MP4's frames decoded and written as raw yuv420p (BT.601, limited range, as swscale makes by default). */
final class RawYuvFile {
    private RawYuvFile() {
    }

    /**
     * Writes every frame of {@code mp4} to {@code target}, then the same frames again in turn until there are
     * {@code atLeast}; returns how many frames it wrote.
     */
    static int write(Path mp4, Path target, int atLeast) throws IOException {
        int[] frames = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            Mp4Probe.forEachFrame(mp4, frame -> {
                try {
                    out.write(yuv420p(frame));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                frames[0]++;
            });
        }
        return repeatUntil(target, frames[0], atLeast);
    }

    private static int repeatUntil(Path file, int frames, int atLeast) throws IOException {
        if (frames == 0) {
            return 0;
        }
        long frameBytes = Files.size(file) / frames;
        int total = frames;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            while (total < atLeast) {
                long from = (long) (total % frames) * frameBytes;
                channel.transferTo(from, frameBytes, channel.position(channel.size()));
                total++;
            }
        }
        return total;
    }

    private static byte[] yuv420p(RgbFrame frame) {
        int width = frame.width();
        int height = frame.height();
        int lumaSize = width * height;
        byte[] yuv = new byte[lumaSize * 3 / 2];
        int chromaWidth = width / 2;
        for (int y = 0; y < height; y += 2) {
            for (int x = 0; x < width; x += 2) {
                int sumR = 0;
                int sumG = 0;
                int sumB = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int rgb = frame.rgbAt(x + dx, y + dy);
                        int r = rgb >>> 16 & 0xff;
                        int g = rgb >>> 8 & 0xff;
                        int b = rgb & 0xff;
                        yuv[(y + dy) * width + x + dx] = (byte) (((66 * r + 129 * g + 25 * b + 128) >> 8) + 16);
                        sumR += r;
                        sumG += g;
                        sumB += b;
                    }
                }
                int r = sumR / 4;
                int g = sumG / 4;
                int b = sumB / 4;
                int chroma = (y / 2) * chromaWidth + x / 2;
                yuv[lumaSize + chroma] = (byte) (((-38 * r - 74 * g + 112 * b + 128) >> 8) + 128);
                yuv[lumaSize + lumaSize / 4 + chroma] = (byte) (((112 * r - 94 * g - 18 * b + 128) >> 8) + 128);
            }
        }
        return yuv;
    }
}
