package io.callglobe.geo;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CountryShapesTest {

    /** A 10°x10° square with a 2°x2° hole in the middle, shared by two codes, on a 0.1° grid. */
    @Test
    void roundTripsAndTellsInsideFromHoleAndOutside() throws Exception {
        CountryShapes.Grid grid = new CountryShapes.Grid(0.1, 0.1, 0, 0);
        int[] outer = {0, 0, 100, 0, 100, 100, 0, 100};
        int[] hole = {40, 40, 60, 40, 60, 60, 40, 60};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CountryShapes.write(grid, List.of(new CountryShapes.QuantizedShape(List.of("FR", "GF"), List.of(outer, hole))), bytes);
        CountryShapes shapes = CountryShapes.read(new ByteArrayInputStream(bytes.toByteArray()));

        CountryShape fr = shapes.forRegion("FR").orElseThrow();
        assertEquals(fr, shapes.forRegion("GF").orElseThrow());
        assertEquals(10.0, fr.rings().get(0).lon(1), 1e-9);
        assertTrue(fr.contains(new GeoPoint(2, 2)));
        assertFalse(fr.contains(new GeoPoint(5, 5)));
        assertFalse(fr.contains(new GeoPoint(20, 5)));
        assertEquals(0, fr.distanceKm(new GeoPoint(2, 2)));
        assertEquals(111, fr.distanceKm(new GeoPoint(5, 11)), 2);
        assertTrue(shapes.forRegion("DE").isEmpty());
    }

    @Test
    void committedOutlinesKnowWhereMajorCitiesAre() {
        assertTrue(CommittedShapes.of("PT").contains(new GeoPoint(41.15, -8.61)));
        assertTrue(CommittedShapes.of("FR").contains(new GeoPoint(48.8566, 2.3522)));
        assertFalse(CommittedShapes.of("FR").contains(new GeoPoint(52.52, 13.405)));
        assertTrue(CommittedShapes.of("US").contains(new GeoPoint(39.95, -75.17)));
    }
}
