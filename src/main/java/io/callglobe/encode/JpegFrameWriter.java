package io.callglobe.encode;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageOutputStream;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

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
            IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
            keepFullColourResolution(metadata);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
            AtomicFiles.commit(temp, target);
        } finally {
            writer.dispose();
            Files.deleteIfExists(temp);
        }
    }

    /**
     * 4:4:4 instead of the writer's 4:2:0: halved colour resolution turns the thin coloured arcs greyish. It costs
     * about a third more bytes.
     */
    private static void keepFullColourResolution(IIOMetadata metadata) throws IIOInvalidTreeException {
        String format = "javax_imageio_jpeg_image_1.0";
        Node tree = metadata.getAsTree(format);
        NodeList components = ((Element) tree).getElementsByTagName("componentSpec");
        for (int i = 0; i < components.getLength(); i++) {
            Element component = (Element) components.item(i);
            component.setAttribute("HsamplingFactor", "1");
            component.setAttribute("VsamplingFactor", "1");
        }
        metadata.setFromTree(format, tree);
    }
}
