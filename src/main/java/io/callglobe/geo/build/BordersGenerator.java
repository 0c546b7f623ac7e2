package io.callglobe.geo.build;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.callglobe.geo.CountryShapes.Grid;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the country borders and coastlines the globe draws, from Natural Earth's TopoJSON: each shared arc
 * once (so a border is one line, not two), thinned to vertices at least {@link #MIN_STEP_DEGREES} apart.
 * Build time only. Regenerate with:
 * <pre>
 * java -cp "target/classes:target/lib/*" io.callglobe.geo.build.BordersGenerator \
 *     ../shared/data/natural-earth/countries-50m.json src/main/resources/render/borders.bin.gz
 * </pre>
 * Format (gzipped, big-endian): int polylines; per polyline: int vertices, then float lon, float lat each.
 */
public final class BordersGenerator {
    static final double MIN_STEP_DEGREES = 0.08;

    private BordersGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: BordersGenerator <countries TopoJSON> <output .bin.gz>");
            System.exit(2);
        }
        TopoJson topology = new TopoJson(new ObjectMapper().readTree(Path.of(args[0]).toFile()));
        List<float[]> polylines = thin(topology.grid(), topology.arcs());
        try (OutputStream file = Files.newOutputStream(Path.of(args[1]));
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(file)))) {
            out.writeInt(polylines.size());
            int vertices = 0;
            for (float[] lonLat : polylines) {
                out.writeInt(lonLat.length / 2);
                for (float value : lonLat) {
                    out.writeFloat(value);
                }
                vertices += lonLat.length / 2;
            }
            System.err.printf("%d polylines, %d vertices%n", polylines.size(), vertices);
        }
    }

    static List<float[]> thin(Grid grid, List<int[]> arcs) {
        List<float[]> polylines = new ArrayList<>();
        for (int[] xy : arcs) {
            int n = xy.length / 2;
            float[] kept = new float[xy.length];
            int count = 0;
            for (int i = 0; i < n; i++) {
                float lon = (float) (xy[2 * i] * grid.scaleX() + grid.translateX());
                float lat = (float) (xy[2 * i + 1] * grid.scaleY() + grid.translateY());
                boolean last = i == n - 1;
                if (count == 0 || last || Math.hypot(lon - kept[2 * count - 2], lat - kept[2 * count - 1])
                        >= MIN_STEP_DEGREES) {
                    kept[2 * count] = lon;
                    kept[2 * count + 1] = lat;
                    count++;
                }
            }
            if (count >= 2) {
                polylines.add(java.util.Arrays.copyOf(kept, count * 2));
            }
        }
        return polylines;
    }
}
