package io.callglobe.render;

import io.callglobe.encode.PngFrameWriter;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a rendered frame with a reference PNG kept in the repository, within a tolerance: Mesa versions
 * and CPUs round a little differently, a real regression moves far more than that.
 * Run with {@code -Dgolden.update=true} to (re)write the references after an intended visual change.
 */
final class GoldenImage {
    static final Path DIRECTORY = Path.of("src/test/resources/golden");

    record Difference(double meanAbsolute, double shareOver32) {
    }

    private GoldenImage() {
    }

    static Difference compare(String name, ByteBuffer rgba, int width, int height) throws IOException {
        Path reference = DIRECTORY.resolve(name + ".png");
        if (Boolean.getBoolean("golden.update") || !Files.exists(reference)) {
            Files.createDirectories(DIRECTORY);
            PngFrameWriter.write(rgba, width, height, reference);
            if (!Boolean.getBoolean("golden.update")) {
                throw new AssertionError("no reference image " + reference + ": one was written from this run; "
                        + "look at it, commit it, and run the test again");
            }
        }
        BufferedImage expected = ImageIO.read(reference.toFile());
        if (expected.getWidth() != width || expected.getHeight() != height) {
            throw new AssertionError("reference " + reference + " is " + expected.getWidth() + "x"
                    + expected.getHeight() + ", the frame " + width + "x" + height);
        }
        long sum = 0;
        long over = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = expected.getRGB(x, y);
                int i = (y * width + x) * 4;
                int worst = 0;
                for (int c = 0; c < 3; c++) {
                    int diff = Math.abs((rgba.get(i + c) & 0xff) - (rgb >> (16 - 8 * c) & 0xff));
                    sum += diff;
                    worst = Math.max(worst, diff);
                }
                if (worst > 32) {
                    over++;
                }
            }
        }
        return new Difference(sum / (3.0 * width * height), over / (double) (width * height));
    }

    /** Saves what was rendered next to the build output, to look at when a comparison fails. */
    static Path saveActual(String name, ByteBuffer rgba, int width, int height) throws IOException {
        Path actual = Path.of("target/golden-actual", name + ".png");
        Files.createDirectories(actual.getParent());
        PngFrameWriter.write(rgba, width, height, actual);
        return actual;
    }
}
