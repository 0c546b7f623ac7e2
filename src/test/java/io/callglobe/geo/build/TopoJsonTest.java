package io.callglobe.geo.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TopoJsonTest {

    /** Two arcs forming a square: the bottom-right half, then the top-left half; the second feature walks them backwards. */
    private static final String TOPOLOGY = """
            {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[-10,20]},
             "arcs":[[[0,0],[10,0],[0,10]], [[10,10],[-10,0],[0,-10]]],
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"id":"620","properties":{"name":"Square"}},
               {"type":"MultiPolygon","arcs":[[[-2,-1]]],"id":"250","properties":{"name":"Backwards"}},
               {"type":null}]}}}
            """;

    @Test
    void decodesDeltaEncodedSharedArcsIntoRings() throws Exception {
        TopoJson topology = new TopoJson(new ObjectMapper().readTree(TOPOLOGY));
        List<TopoJson.Feature> features = topology.features("countries");
        assertEquals(2, features.size());
        assertEquals("620", features.get(0).id());
        assertEquals("Square", features.get(0).name());
        assertArrayEquals(new int[]{0, 0, 10, 0, 10, 10, 0, 10, 0, 0}, features.get(0).rings().get(0));
        assertArrayEquals(new int[]{0, 0, 0, 10, 10, 10, 10, 0, 0, 0}, features.get(1).rings().get(0));
        assertEquals(0.5, topology.grid().scaleX());
        assertEquals(20, topology.grid().translateY());
    }
}
