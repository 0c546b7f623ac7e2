package io.callglobe.encode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFrameWriterTest {

    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;

    @TempDir
    Path dir;

    @Test
    void pngReadsBackPixelForPixelWithAlphaAndTopRowFirst() throws IOException {
        ByteBuffer rgba = gradient();
        Path png = dir.resolve("snapshot.png");

        PngFrameWriter.write(rgba, WIDTH, HEIGHT, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(WIDTH, image.getWidth());
        assertEquals(HEIGHT, image.getHeight());
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                assertEquals(Integer.toHexString(expectedArgb(x, y)), Integer.toHexString(image.getRGB(x, y)),
                        "pixel " + x + "," + y);
            }
        }
        assertEquals(0, rgba.position(), "the caller's buffer position is left alone");
    }

    @Test
    void anOpaqueFrameIsWrittenWithoutAnAlphaChannelAndReadsBackTheSame() throws IOException {
        ByteBuffer rgba = gradient();
        for (int offset = 3; offset < rgba.capacity(); offset += 4) {
            rgba.put(offset, (byte) 0xFF);
        }
        Path png = dir.resolve("opaque.png");

        PngFrameWriter.write(rgba, WIDTH, HEIGHT, png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertFalse(image.getColorModel().hasAlpha());
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                assertEquals(Integer.toHexString(expectedArgb(x, y) | 0xFF000000),
                        Integer.toHexString(image.getRGB(x, y)), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void replacesAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path png = dir.resolve("snapshot.png");
        Files.writeString(png, "not a png");

        PngFrameWriter.write(gradient(), WIDTH, HEIGHT, png);

        assertEquals(WIDTH, ImageIO.read(png.toFile()).getWidth());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList());
        }
    }

    @Test
    void encodesOntoAStreamTheSameImageAsTheFile() throws IOException {
        Path png = dir.resolve("snapshot.png");
        PngFrameWriter.write(gradient(), WIDTH, HEIGHT, png);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();

        PngFrameWriter.write(gradient(), WIDTH, HEIGHT, streamed);

        assertArrayEquals(Files.readAllBytes(png), streamed.toByteArray());
    }

    @Test
    void rejectsABufferOfTheWrongSize() {
        ByteBuffer tooSmall = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 4 - 4);
        assertThrows(IllegalArgumentException.class,
                () -> PngFrameWriter.write(tooSmall, WIDTH, HEIGHT, dir.resolve("bad.png")));
    }

    @Test
    void aFolderThatCannotTakeTheFileNamesTheTargetAndWhy() throws IOException {
        Path target = dir.resolve("missing/snapshot.png");

        IOException e = assertThrows(IOException.class, () -> PngFrameWriter.write(gradient(), WIDTH, HEIGHT, target));

        assertEquals("cannot write " + target + ": no such file or directory", e.getMessage());
        assertFalse(e instanceof NoSuchFileException, "a missing input reads differently from an unwritable output");
    }

    private static ByteBuffer gradient() {
        ByteBuffer rgba = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 4);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int argb = expectedArgb(x, y);
                int offset = (y * WIDTH + x) * 4;
                rgba.put(offset, (byte) (argb >> 16));
                rgba.put(offset + 1, (byte) (argb >> 8));
                rgba.put(offset + 2, (byte) argb);
                rgba.put(offset + 3, (byte) (argb >>> 24));
            }
        }
        return rgba;
    }

    private static int expectedArgb(int x, int y) {
        int alpha = y < HEIGHT / 2 ? 0xFF : 0x80 + x;
        return alpha << 24 | (x * 4) << 16 | (y * 5) << 8 | (x + y) & 0xFF;
    }
}
