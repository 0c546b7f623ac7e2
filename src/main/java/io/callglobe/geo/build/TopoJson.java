package io.callglobe.geo.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.callglobe.geo.CountryShapes.Grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Decodes the polygons of one TopoJSON geometry collection into rings of quantized integer vertices
 * (see the TopoJSON specification: shared arcs, delta-encoded positions, quantize transform).
 * Only quantized topologies are accepted, which is what world-atlas publishes.
 */
final class TopoJson {

    record Feature(String id, String name, List<int[]> rings) {
    }

    private final Grid grid;
    private final List<int[]> arcs = new ArrayList<>();
    private final JsonNode topology;

    TopoJson(JsonNode topology) {
        this.topology = topology;
        JsonNode transform = topology.get("transform");
        if (transform == null) {
            throw new IllegalArgumentException("only quantized TopoJSON is supported");
        }
        grid = new Grid(transform.get("scale").get(0).asDouble(), transform.get("scale").get(1).asDouble(),
                transform.get("translate").get(0).asDouble(), transform.get("translate").get(1).asDouble());
        for (JsonNode arc : topology.get("arcs")) {
            int[] xy = new int[arc.size() * 2];
            int x = 0, y = 0;
            for (int i = 0; i < arc.size(); i++) {
                x += arc.get(i).get(0).asInt();
                y += arc.get(i).get(1).asInt();
                xy[2 * i] = x;
                xy[2 * i + 1] = y;
            }
            arcs.add(xy);
        }
    }

    Grid grid() {
        return grid;
    }

    /** Every arc once, as quantized x/y pairs: each border or coastline segment without its twin. */
    List<int[]> arcs() {
        return arcs;
    }

    List<Feature> features(String objectName) {
        List<Feature> features = new ArrayList<>();
        for (JsonNode geometry : topology.get("objects").get(objectName).get("geometries")) {
            List<int[]> rings = new ArrayList<>();
            switch (geometry.path("type").asText()) {
                case "Polygon" -> geometry.get("arcs").forEach(ring -> rings.add(ring(ring)));
                case "MultiPolygon" -> geometry.get("arcs").forEach(polygon -> polygon.forEach(ring -> rings.add(ring(ring))));
                default -> {
                    continue;
                }
            }
            features.add(new Feature(geometry.path("id").asText(null),
                    geometry.path("properties").path("name").asText(""), rings));
        }
        return features;
    }

    /** Joins a ring's arcs; a negative index ~i means arc i reversed, and each arc after the first repeats the previous one's last vertex. */
    private int[] ring(JsonNode arcIndexes) {
        List<Integer> xy = new ArrayList<>();
        for (JsonNode indexNode : arcIndexes) {
            int index = indexNode.asInt();
            int[] arc = arcs.get(index >= 0 ? index : ~index);
            int n = arc.length / 2;
            for (int k = xy.isEmpty() ? 0 : 1; k < n; k++) {
                int v = index >= 0 ? k : n - 1 - k;
                xy.add(arc[2 * v]);
                xy.add(arc[2 * v + 1]);
            }
        }
        return xy.stream().mapToInt(Integer::intValue).toArray();
    }
}
