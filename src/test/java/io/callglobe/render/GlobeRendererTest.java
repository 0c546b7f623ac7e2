package io.callglobe.render;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real offscreen GL pipeline, compared against reference images and checked for each arc style. */
class GlobeRendererTest {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static GlobeRenderer renderer;
    private final ByteBuffer rgba = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 4);

    @BeforeAll
    static void openRenderer() {
        renderer = new GlobeRenderer(new RenderSettings(WIDTH, HEIGHT, GlobeStyle.NIGHT,
                new CameraView(30, -30, CameraView.DEFAULT_ALTITUDE, 0), 4, 2.2f, true));
    }

    @AfterAll
    static void closeRenderer() {
        renderer.close();
    }

    @Test
    void fixedSceneMatchesItsReferenceImage() throws Exception {
        renderer.render(FixedScene.frame(1.0), rgba);
        GoldenImage.Difference difference = GoldenImage.compare("fixed-scene-night", rgba, WIDTH, HEIGHT);
        if (difference.meanAbsolute() > 1.5 || difference.shareOver32() > 0.003) {
            throw new AssertionError("frame differs from src/test/resources/golden/fixed-scene-night.png: " + difference
                    + "; rendered frame saved as " + GoldenImage.saveActual("fixed-scene-night", rgba, WIDTH, HEIGHT));
        }
    }

    @Test
    void sameFrameRendersToSamePixels() {
        renderer.render(FixedScene.frame(2.0), rgba);
        ByteBuffer again = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 4);
        renderer.render(FixedScene.frame(2.0), again);
        assertEquals(0, rgba.compareTo(again), "rendering is deterministic");
    }

    @Test
    void eachArcStyleShowsInItsOwnColour() {
        for (ArcStyle style : ArcStyle.values()) {
            ArcSpec arc = new ArcSpec(38.7, -9.1, 40.7, -74.0, style, 1f, 1f, 0.4f);
            renderer.render(new GlobeFrame(0.5, List.of(arc), FixedScene.frame(0).hud()), rgba);
            long matching = countNear(style.red, style.green, style.blue);
            assertTrue(matching > 25, style + " arc: only " + matching + " pixels near its colour");
        }
    }

    @Test
    void emptyGlobeHasNoArcColours() {
        renderer.render(new GlobeFrame(0, List.of(), FixedScene.frame(0).hud()), rgba);
        assertTrue(countNear(ArcStyle.OUTBOUND.red, ArcStyle.OUTBOUND.green, ArcStyle.OUTBOUND.blue) < 5);
        assertEquals(255, rgba.get(3) & 0xff, "frames are opaque");
    }

    @Test
    void arcBehindTheGlobeIsHidden() {
        // Tokyo to Sydney is on the far side of a camera over the Atlantic.
        ArcSpec hidden = new ArcSpec(35.7, 139.7, -33.9, 151.2, ArcStyle.OUTBOUND, 1f, 1f, 0.4f);
        renderer.render(new GlobeFrame(0.5, List.of(hidden), FixedScene.frame(0).hud()), rgba);
        assertTrue(countNear(ArcStyle.OUTBOUND.red, ArcStyle.OUTBOUND.green, ArcStyle.OUTBOUND.blue) < 5);
    }

    @Test
    void busyGlobeDoesNotBurnOutToWhite() throws Exception {
        for (int calls : new int[] {2_000, 50_000}) {
            renderer.render(new GlobeFrame(1.0, busyScene(calls), FixedScene.frame(0).hud()), rgba);
            long white = 0;
            for (int i = 0; i < WIDTH * HEIGHT * 4; i += 4) {
                if ((rgba.get(i) & 0xff) > 235 && (rgba.get(i + 1) & 0xff) > 235 && (rgba.get(i + 2) & 0xff) > 235) {
                    white++;
                }
            }
            double share = (double) white / (WIDTH * HEIGHT);
            if (share > 0.03) {
                throw new AssertionError(calls + " calls: " + share * 100 + "% of the frame is white; rendered frame "
                        + "saved as " + GoldenImage.saveActual("busy-" + calls, rgba, WIDTH, HEIGHT));
            }
        }
    }

    @Test
    void aimedAndPreparedBeforeItsFirstFrameItDrawsWhatARendererMadeForThatCameraDraws() {
        RenderSettings elsewhere = renderer.settings().withCamera(new CameraView(-20, 140, CameraView.DEFAULT_ALTITUDE, 0));
        GlobeFrame frame = FixedScene.frame(1.0);
        ByteBuffer aimed = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 4);
        try (GlobeRenderer late = new GlobeRenderer(renderer.settings());
             GlobeRenderer madeFor = new GlobeRenderer(elsewhere)) {
            late.aim(elsewhere.camera());
            late.prepareBackground();
            late.render(frame, aimed);
            madeFor.render(frame, rgba);

            assertEquals(elsewhere, late.settings());
            assertEquals(0, rgba.compareTo(aimed), "same pixels as a renderer made for that camera");
            assertThrows(IllegalStateException.class, () -> late.aim(renderer.settings().camera()),
                    "the first frame's background is drawn: too late to aim");
            assertThrows(IllegalArgumentException.class,
                    () -> madeFor.aim(new CameraView(0, 0, CameraView.DEFAULT_ALTITUDE, 5)),
                    "a still camera does not start turning");
            assertThrows(IllegalArgumentException.class, () -> madeFor.aim(new CameraView(0, 0, 2, 0)),
                    "nor change its altitude");
        }
        renderer.render(frame, rgba);
        assertTrue(rgba.compareTo(aimed) != 0, "another camera, another picture");
    }

    @Test
    void lightKeptBetweenFramesMatchesAFreshRender() throws Exception {
        // A still camera keeps the steady light of calls in progress and draws only the calls that came and went.
        List<ArcSpec> calls = busyScene(3_000);
        GlobeFrame last = null;
        for (int frame = 0; frame < 24; frame++) {
            // 40 calls end and 40 start each frame; at frame 12 the load jumps, which reshapes every arc.
            int first = frame * 40;
            int count = frame < 12 ? 1_200 : 2_000;
            last = new GlobeFrame(3.0, calls.subList(first, first + count), FixedScene.frame(0).hud());
            renderer.render(last, rgba);
        }
        ByteBuffer fresh = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 4);
        try (GlobeRenderer another = new GlobeRenderer(renderer.settings())) {
            // A renderer keeps light from its second frame on: the first is drawn whole.
            another.render(last, fresh);
            another.render(last, fresh);
        }
        int largest = 0;
        long total = 0;
        for (int i = 0; i < WIDTH * HEIGHT * 4; i++) {
            int difference = Math.abs((rgba.get(i) & 0xff) - (fresh.get(i) & 0xff));
            largest = Math.max(largest, difference);
            total += difference;
        }
        if (largest > 2 || total > WIDTH * HEIGHT / 20) {
            throw new AssertionError("kept light differs from a fresh render by up to " + largest + " (sum " + total
                    + "); frames saved as " + GoldenImage.saveActual("kept-light", rgba, WIDTH, HEIGHT) + " and "
                    + GoldenImage.saveActual("fresh-light", fresh, WIDTH, HEIGHT));
        }
    }

    /** Calls between the fixed scene's places, each end scattered around its city as a busy hour's are. */
    private static List<ArcSpec> busyScene(int calls) {
        Random random = new Random(7);
        ArcStyle[] styles = ArcStyle.values();
        List<ArcSpec> arcs = new ArrayList<>(calls);
        for (int i = 0; i < calls; i++) {
            double[] from = FixedScene.PLACES[random.nextInt(FixedScene.PLACES.length)];
            double[] to = FixedScene.PLACES[random.nextInt(FixedScene.PLACES.length)];
            arcs.add(new ArcSpec(from[0] + random.nextGaussian(), from[1] + random.nextGaussian(),
                    to[0] + random.nextGaussian(), to[1] + random.nextGaussian(), styles[random.nextInt(styles.length)],
                    1f, 1f, random.nextFloat()));
        }
        return arcs;
    }

    /**
     * Pixels whose colour is close in hue to the given one and bright enough to be an arc, not the Earth;
     * the HUD's corners (clock, legend swatches) are left out.
     */
    private long countNear(float red, float green, float blue) {
        long count = 0;
        for (int i = 0; i < WIDTH * HEIGHT * 4; i += 4) {
            int x = i / 4 % WIDTH;
            int y = i / 4 / WIDTH;
            if (y > HEIGHT * 0.88 || (x < WIDTH * 0.25 && y < HEIGHT * 0.28)) {
                continue;
            }
            float r = (rgba.get(i) & 0xff) / 255f;
            float g = (rgba.get(i + 1) & 0xff) / 255f;
            float b = (rgba.get(i + 2) & 0xff) / 255f;
            float brightness = Math.max(r, Math.max(g, b));
            if (brightness < 0.5f) {
                continue;
            }
            float scale = Math.max(red, Math.max(green, blue)) / brightness;
            if (Math.abs(r * scale - red) < 0.15f && Math.abs(g * scale - green) < 0.15f
                    && Math.abs(b * scale - blue) < 0.15f) {
                count++;
            }
        }
        return count;
    }
}
