package io.callglobe.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class BorderLayerTest {

    @Test
    void simplifyingKeepsBothEndsAndDropsPointsCloserThanTheDetail() {
        float[] coast = {10f, 50f, 10.05f, 50f, 10.1f, 50f, 10.3f, 50f, 10.32f, 50f};
        // At 50° north a degree of longitude is 0.64 degrees of arc.
        assertArrayEquals(new float[] {10f, 50f, 10.3f, 50f, 10.32f, 50f}, BorderLayer.simplified(coast, 0.1));
        assertArrayEquals(coast, BorderLayer.simplified(coast, 0.01));
    }

    @Test
    void stepsAcrossTheDateLineAreShort() {
        float[] crossing = {179.99f, 0f, -179.99f, 0f, -179.5f, 0f};
        assertArrayEquals(new float[] {179.99f, 0f, -179.5f, 0f}, BorderLayer.simplified(crossing, 0.1));
    }
}
