package io.callglobe.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SceneDensityTest {
    private static final float GLOBE_RADIUS_720P = 322;

    @Test
    void everyCallIsDrawnUpToFiveThousandArcs() {
        SceneDensity density = SceneDensity.of(5_000, GLOBE_RADIUS_720P);
        assertEquals(1, density.callsPerDrawnArc());
        List<ArcSpec> arcs = arcs(5_000);
        List<ArcSpec> drawn = new ArrayList<>();
        density.select(arcs, drawn);
        assertEquals(arcs, drawn);
    }

    @Test
    void aHugeLoadDrawsAStableShareAndSaysHowMany() {
        SceneDensity density = SceneDensity.of(50_000, GLOBE_RADIUS_720P);
        assertEquals(10, density.callsPerDrawnArc());
        List<ArcSpec> arcs = arcs(50_000);
        List<ArcSpec> drawn = new ArrayList<>();
        density.select(arcs, drawn);
        assertTrue(drawn.size() > 4_500 && drawn.size() < 5_500, "drawn: " + drawn.size());

        List<ArcSpec> again = new ArrayList<>();
        SceneDensity.of(50_000, GLOBE_RADIUS_720P).select(arcs, again);
        assertEquals(drawn, again, "the same calls from frame to frame");
        assertTrue(density.arcIntensity() > SceneDensity.of(5_000, GLOBE_RADIUS_720P).arcIntensity() / 2,
                "each drawn arc stands in for the ones left out");
    }

    @Test
    void everyDrawnCallShowsItsHighlightUpToTwoThousandArcs() {
        SceneDensity density = SceneDensity.of(2_000, GLOBE_RADIUS_720P);
        assertTrue(arcs(2_000).stream().allMatch(density::highlights));
    }

    @Test
    void aBusyGlobeShowsTheHighlightsOfAStableShareOfItsDrawnCalls() {
        SceneDensity density = SceneDensity.of(50_000, GLOBE_RADIUS_720P);
        List<ArcSpec> drawn = new ArrayList<>();
        density.select(arcs(50_000), drawn);
        List<ArcSpec> highlighted = drawn.stream().filter(density::highlights).toList();
        // 2,000 of the ~5,000 drawn: two in five, whatever the drawn count came to.
        double share = (double) highlighted.size() / drawn.size();
        assertTrue(share > 0.35 && share < 0.45, "highlighted: " + highlighted.size() + " of " + drawn.size());

        SceneDensity nextFrame = SceneDensity.of(50_100, GLOBE_RADIUS_720P);
        long kept = highlighted.stream().filter(nextFrame::highlights).count();
        assertTrue(kept > highlighted.size() * 0.97, "the same calls from frame to frame: " + kept);
    }

    @Test
    void busynessMovesInStepsAndHoldsWhileTheLoadHoversAroundOne() {
        SceneDensity held = SceneDensity.of(2_000, GLOBE_RADIUS_720P);
        for (int calls = 1_900; calls <= 2_100; calls += 10) {
            SceneDensity next = SceneDensity.of(calls, GLOBE_RADIUS_720P).heldFrom(held);
            assertEquals(held.busyness(), next.busyness(), calls + " calls");
            assertEquals(SceneDensity.of(calls, GLOBE_RADIUS_720P).arcIntensity(), next.arcIntensity(),
                    "brightness follows the load at once");
            held = next;
        }
        float doubled = SceneDensity.of(4_000, GLOBE_RADIUS_720P).heldFrom(held).busyness();
        assertTrue(doubled > held.busyness(), "a real change of load is followed: " + doubled);
    }

    private static List<ArcSpec> arcs(int count) {
        List<ArcSpec> arcs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            float seed = (i * 0.618034f) % 1f;
            arcs.add(new ArcSpec(38.7, -9.1, 40.7, -74.0, ArcStyle.INBOUND, 1f, 1f, seed));
        }
        return arcs;
    }
}
