package io.callglobe.bench;

import io.callglobe.bench.BenchConfig.FrameSize;
import io.callglobe.render.GlobeFrame;
import io.callglobe.render.GlobeRenderer;

import java.nio.ByteBuffer;
import java.util.List;

/** OpenGL drawing and readback alone, of synthetic frames with a given number of arcs. */
final class RenderStage {
    private static final int WARM_UP_FRAMES = 1;

    private RenderStage() {
    }

    static void run(BenchConfig config, BenchReport report) {
        for (FrameSize size : config.sizes()) {
            List<Integer> counts = size.equals(config.mainSize()) ? config.arcs() : List.of(2_000);
            try (GlobeRenderer renderer = new GlobeRenderer(SyntheticScene.settings(size.width(), size.height()))) {
                ByteBuffer rgba = ByteBuffer.allocateDirect(size.width() * size.height() * 4);
                for (int arcs : counts) {
                    Progress.say("render: %,d arcs at %s", arcs, size);
                    BudgetedLoop loop = new BudgetedLoop(config.frames(), config.caseBudget());
                    double fps = framesPerSecond(renderer, new SyntheticScene(arcs, config.seed()), loop, rgba);
                    report.add(BenchRow.of("render+readback", String.format("%,d arcs", arcs), size.toString(), fps,
                            "fps").noting(loop.describe()));
                }
            }
        }
    }

    private static double framesPerSecond(GlobeRenderer renderer, SyntheticScene scene, BudgetedLoop loop,
                                          ByteBuffer rgba) {
        for (int i = 0; i < WARM_UP_FRAMES; i++) {
            renderer.render(scene.frame(i), rgba);
        }
        long rendering = 0;
        while (loop.another()) {
            // Building the arc list is the scene's work, not the renderer's: it stays out of the time.
            GlobeFrame frame = scene.frame(WARM_UP_FRAMES + loop.done());
            long started = System.nanoTime();
            renderer.render(frame, rgba);
            rendering += System.nanoTime() - started;
        }
        return loop.done() / (rendering / 1e9);
    }
}
