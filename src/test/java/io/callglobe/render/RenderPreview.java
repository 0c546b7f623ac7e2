package io.callglobe.render;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.ByteBuffer;

/** Development aid: renders the fixed scene to target/preview.png to look at. */
public final class RenderPreview {
    public static void main(String[] args) throws Exception {
        int w = 1280;
        int h = 720;
        RenderSettings settings = new RenderSettings(w, h, args.length > 0 ? GlobeStyle.valueOf(args[0]) : GlobeStyle.NIGHT,
                new CameraView(30, -30, CameraView.DEFAULT_ALTITUDE, 0), 4, 2.2f);
        ByteBuffer rgba = ByteBuffer.allocateDirect(w * h * 4);
        try (GlobeRenderer renderer = new GlobeRenderer(settings)) {
            long t0 = System.nanoTime();
            int n = 20;
            for (int i = 0; i < n; i++) {
                renderer.render(FixedScene.frame(1.0 + i / 30.0), rgba);
            }
            System.out.printf("%.1f ms/frame%n", (System.nanoTime() - t0) / 1e6 / n);
        }
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 4;
                image.setRGB(x, y, (rgba.get(i) & 0xff) << 16 | (rgba.get(i + 1) & 0xff) << 8 | (rgba.get(i + 2) & 0xff));
            }
        }
        ImageIO.write(image, "png", new File("target/preview-" + settings.style() + ".png"));
    }
}
