package io.callglobe.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class GeoPointTest {

    @Test
    void measuresGreatCircleDistance() {
        assertEquals(1452, new GeoPoint(38.7167, -9.1333).distanceKm(new GeoPoint(48.8566, 2.3522)), 10);
    }

    @Test
    void movesTheRequestedDistanceAcrossTheAntimeridian() {
        GeoPoint start = new GeoPoint(0, 179.99);
        GeoPoint moved = start.moved(Math.PI / 2, 10);
        assertEquals(10, start.distanceKm(moved), 1e-6);
        assertEquals(-179.92, moved.lon(), 0.01);
    }

    @Test
    void rejectsImpossibleCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, Double.NaN));
    }
}
