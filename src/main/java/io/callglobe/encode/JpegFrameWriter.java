package io.callglobe.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes single opaque RGBA frames as JPEG snapshots: a fifth to a tenth of a PNG's size, for mail and chat. */
public final class JpegFrameWriter {
    /** High enough that thin arcs on the dark globe keep clean edges. */
    private static final float QUALITY = 0.92f;

    private JpegFrameWriter() {
    }

    /**
     * Writes the frame to {@code target} through a temporary file beside it, as {@link PngFrameWriter} does.
     *
     * @param rgbaTopDown exactly width*height*4 bytes, tightly packed RGBA, rows top to bottom, every pixel
     *                    opaque (JPEG has no alpha)
     */
    public static void write(ByteBuffer rgbaTopDown, int width, int height, Path target) throws IOException {
        BufferedImage image = PngFrameWriter.toImage(rgbaTopDown, width, height);
        if (image.getColorModel().hasAlpha()) {
            throw new IllegalArgumentException("a JPEG cannot keep the frame's transparent pixels");
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        Path temp = AtomicFiles.createSiblingTemp(target);
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            AtomicFiles.commit(temp, target);
        } finally {
            writer.dispose();
            Files.deleteIfExists(temp);
        }
    }
}
