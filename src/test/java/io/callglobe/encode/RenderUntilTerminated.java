package io.callglobe.encode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Child process for {@link FramePipelineShutdownTest}: submits frames until it is terminated, and
 * closes the pipeline from a shutdown hook, as the CLI does. Prints the number of frames submitted
 * after each one. Arguments: the {@link EncoderBackend} name, the video to write, and {@code fragmented} for a
 * fragmented MP4.
 */
public final class RenderUntilTerminated {

    private RenderUntilTerminated() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        EncoderBackend backend = EncoderBackend.valueOf(args[0]);
        EncoderSettings settings = EncoderSettings.of(320, 240).withFragmented(args.length > 2);
        Path target = Path.of(args[1]);
        FramePipeline pipeline = new FramePipeline(settings, () -> backend.open(target, settings));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pipeline.close();
            } catch (IOException e) {
                e.printStackTrace();
            }
        }));
        MovingSquare content = new MovingSquare(settings.width(), settings.height());
        try {
            for (int n = 0; ; n++) {
                ByteBuffer frame = pipeline.acquire();
                content.draw(n % 40, frame);
                pipeline.submit(frame);
                System.out.println(n + 1);
                System.out.flush();
            }
        } catch (IllegalStateException closedByTheHook) {
            // The shutdown hook has taken over.
        }
    }
}
