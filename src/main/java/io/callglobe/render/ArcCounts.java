package io.callglobe.render;

import java.util.List;

/**
 * How many times each arc occurs in a frame (twin calls can have identical arcs): an open-addressing table in
 * reused arrays, so that comparing one frame's steady arcs with the last allocates nothing once it has grown.
 */
final class ArcCounts {
    private ArcSpec[] keys = new ArcSpec[16];
    private int[] counts = new int[16];
    /** The occupied slots, in the order their arcs were first added. */
    private int[] used = new int[8];
    private int size;

    /** Empties the table and counts these arcs. */
    void countAll(List<ArcSpec> arcs) {
        int howMany = arcs.size();
        clear();
        if (howMany * 2 > keys.length) {
            int capacity = Integer.highestOneBit(howMany * 4 - 1) << 1;
            keys = new ArcSpec[capacity];
            counts = new int[capacity];
            used = new int[capacity];
        }
        for (ArcSpec arc : arcs) {
            int slot = slotOf(arc);
            if (keys[slot] == null) {
                keys[slot] = arc;
                used[size++] = slot;
            }
            counts[slot]++;
        }
    }

    int count(ArcSpec arc) {
        int slot = slotOf(arc);
        return keys[slot] == null ? 0 : counts[slot];
    }

    int distinct() {
        return size;
    }

    /** The {@code index}th distinct arc, in the order first counted. */
    ArcSpec arc(int index) {
        return keys[used[index]];
    }

    /** How often the {@code index}th distinct arc occurs. */
    int countAt(int index) {
        return counts[used[index]];
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            keys[used[i]] = null;
            counts[used[i]] = 0;
        }
        size = 0;
    }

    private int slotOf(ArcSpec arc) {
        int mask = keys.length - 1;
        int hash = arc.hashCode() * 0x9E3779B1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        while (keys[slot] != null && !keys[slot].equals(arc)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
