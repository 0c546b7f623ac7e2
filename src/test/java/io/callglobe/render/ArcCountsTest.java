package io.callglobe.render;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ArcCountsTest {
    private static ArcSpec arc(double toLon, float seed) {
        return new ArcSpec(38.7, -9.1, 40.7, toLon, ArcStyle.INBOUND, 1, 1, seed);
    }

    @Test
    void countsTwinsOnceEachInTheOrderFirstSeen() {
        ArcCounts counts = new ArcCounts();
        ArcSpec a = arc(-74, 0.1f);
        ArcSpec b = arc(-74, 0.2f);
        counts.countAll(List.of(a, b, arc(-74, 0.1f)));

        assertEquals(2, counts.distinct());
        assertSame(a, counts.arc(0));
        assertEquals(2, counts.countAt(0));
        assertEquals(1, counts.count(b));
        assertEquals(0, counts.count(arc(-80, 0.1f)));
    }

    @Test
    void eachCountStartsAfreshAndGrowsPastItsFirstSize() {
        ArcCounts counts = new ArcCounts();
        counts.countAll(List.of(arc(-74, 0.1f)));
        List<ArcSpec> many = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            many.add(arc(-120 + i * 0.01, i % 7 / 7f));
        }

        counts.countAll(many);

        assertEquals(5_000, counts.distinct());
        assertEquals(0, counts.count(arc(-74, 0.1f)), "the frame before is forgotten");
        assertEquals(1, counts.count(many.get(4_321)));
        counts.clear();
        assertEquals(0, counts.distinct());
        assertEquals(0, counts.count(many.get(0)));
    }
}
