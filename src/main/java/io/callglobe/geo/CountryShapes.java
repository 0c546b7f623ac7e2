package io.callglobe.geo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Country outlines by ISO 3166-1 alpha-2 code, read from and written to a compact binary form:
 * <pre>
 *   int magic "CGS1"; double scaleX, scaleY, translateX, translateY  (lon = x * scaleX + translateX, lat likewise)
 *   int shapeCount; per shape: byte codeCount, codeCount x UTF code; varint ringCount;
 *     per ring: varint vertexCount, then per vertex zigzag-varint deltas of the quantized x and y
 * </pre>
 * Several codes may share one shape (French Guiana is part of France's Natural Earth outline).
 */
public final class CountryShapes {

    private static final int MAGIC = 0x43475331;

    private final Map<String, CountryShape> byRegion;

    private CountryShapes(Map<String, CountryShape> byRegion) {
        this.byRegion = Map.copyOf(byRegion);
    }

    public Optional<CountryShape> forRegion(String regionCode) {
        return Optional.ofNullable(byRegion.get(regionCode));
    }

    /** A grid on which rings are stored; vertices are integers on it. */
    public record Grid(double scaleX, double scaleY, double translateX, double translateY) {
    }

    /** A shape to write: its region codes and its rings as interleaved quantized x, y. */
    public record QuantizedShape(List<String> regionCodes, List<int[]> rings) {
    }

    public static CountryShapes read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        if (in.readInt() != MAGIC) {
            throw new IOException("not a country shapes file");
        }
        Grid grid = new Grid(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble());
        Map<String, CountryShape> byRegion = new HashMap<>();
        int shapeCount = in.readInt();
        for (int s = 0; s < shapeCount; s++) {
            List<String> codes = new ArrayList<>();
            int codeCount = in.readUnsignedByte();
            for (int c = 0; c < codeCount; c++) {
                codes.add(in.readUTF());
            }
            int ringCount = readVarint(in);
            List<CountryShape.Ring> rings = new ArrayList<>(ringCount);
            for (int r = 0; r < ringCount; r++) {
                int n = readVarint(in);
                double[] lons = new double[n];
                double[] lats = new double[n];
                int x = 0, y = 0;
                for (int i = 0; i < n; i++) {
                    x += unzigzag(readVarint(in));
                    y += unzigzag(readVarint(in));
                    lons[i] = x * grid.scaleX() + grid.translateX();
                    lats[i] = y * grid.scaleY() + grid.translateY();
                }
                rings.add(new CountryShape.Ring(lons, lats));
            }
            CountryShape shape = new CountryShape(rings);
            codes.forEach(code -> byRegion.put(code, shape));
        }
        return new CountryShapes(byRegion);
    }

    public static void write(Grid grid, List<QuantizedShape> shapes, OutputStream raw) throws IOException {
        DataOutputStream out = new DataOutputStream(raw);
        out.writeInt(MAGIC);
        out.writeDouble(grid.scaleX());
        out.writeDouble(grid.scaleY());
        out.writeDouble(grid.translateX());
        out.writeDouble(grid.translateY());
        out.writeInt(shapes.size());
        for (QuantizedShape shape : shapes) {
            out.writeByte(shape.regionCodes().size());
            for (String code : shape.regionCodes()) {
                out.writeUTF(code);
            }
            writeVarint(out, shape.rings().size());
            for (int[] ring : shape.rings()) {
                writeVarint(out, ring.length / 2);
                int x = 0, y = 0;
                for (int i = 0; i < ring.length; i += 2) {
                    writeVarint(out, zigzag(ring[i] - x));
                    writeVarint(out, zigzag(ring[i + 1] - y));
                    x = ring[i];
                    y = ring[i + 1];
                }
            }
        }
        out.flush();
    }

    private static int zigzag(int v) {
        return (v << 1) ^ (v >> 31);
    }

    private static int unzigzag(int v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarint(DataOutputStream out, int v) throws IOException {
        while ((v & ~0x7F) != 0) {
            out.writeByte((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte(v);
    }

    private static int readVarint(DataInputStream in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("malformed varint");
    }
}
