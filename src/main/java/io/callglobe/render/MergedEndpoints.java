package io.callglobe.render;

import java.util.Arrays;
import java.util.List;

/**
 * The endpoints of a frame's arcs, those closer than ~5 km merged into one, in order of first appearance.
 * Kept in reused primitive arrays so that a steady scene allocates nothing per frame.
 */
final class MergedEndpoints {
    private static final double MERGE_GRID_DEGREES = 0.05;
    private static final long EMPTY = Long.MIN_VALUE;

    private long[] table = new long[0];
    private int[] tableSlots = new int[0];
    double[] lat = new double[0];
    double[] lon = new double[0];
    ArcStyle[] style = new ArcStyle[0];
    float[] opacity = new float[0];
    int[] calls = new int[0];
    boolean[] ringing = new boolean[0];
    float[] seed = new float[0];
    private int size;

    void collect(List<ArcSpec> arcs) {
        reset(arcs.size() * 2);
        for (ArcSpec arc : arcs) {
            add(arc.fromLat(), arc.fromLon(), arc, arc.style() == ArcStyle.RINGING);
            add(arc.toLat(), arc.toLon(), arc, false);
        }
    }

    int size() {
        return size;
    }

    private void reset(int maxEndpoints) {
        if (lat.length < maxEndpoints) {
            int capacity = Math.max(maxEndpoints, lat.length * 2);
            lat = new double[capacity];
            lon = new double[capacity];
            style = new ArcStyle[capacity];
            opacity = new float[capacity];
            calls = new int[capacity];
            ringing = new boolean[capacity];
            seed = new float[capacity];
            table = new long[Integer.highestOneBit(capacity) * 4];
            tableSlots = new int[table.length];
        }
        Arrays.fill(table, EMPTY);
        size = 0;
    }

    private void add(double latitude, double longitude, ArcSpec arc, boolean ringsHere) {
        long key = Math.round(latitude / MERGE_GRID_DEGREES) * 100_000L + Math.round(longitude / MERGE_GRID_DEGREES);
        int mask = table.length - 1;
        int at = Long.hashCode(key * 0x9E3779B97F4A7C15L) & mask;
        while (table[at] != EMPTY && table[at] != key) {
            at = (at + 1) & mask;
        }
        int slot;
        if (table[at] == EMPTY) {
            table[at] = key;
            slot = size++;
            tableSlots[at] = slot;
            lat[slot] = latitude;
            lon[slot] = longitude;
            style[slot] = arc.style();
            seed[slot] = arc.seed();
            opacity[slot] = 0;
            calls[slot] = 0;
            ringing[slot] = false;
        } else {
            slot = tableSlots[at];
        }
        calls[slot]++;
        opacity[slot] = Math.max(opacity[slot], arc.opacity());
        ringing[slot] |= ringsHere;
    }
}
