package io.callglobe.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

    @Test
    void splitsOnLineFeedsDroppingCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
        assertEquals(List.of("a", "", "bc", "  ", "é"), lines("a\r\n\nbc\n  \r\né"));
    }

    @Test
    void anEmptyStreamHasNoLines() throws IOException {
        assertEquals(List.of(), lines(""));
        assertEquals(List.of(""), lines("\n"));
    }

    @Test
    void linesLongerThanOneReadAndSpanningManyReadsComeOutWhole() throws IOException {
        String longLine = "x".repeat(200_000);
        // A stream that hands out a few bytes at a time puts every line across read boundaries.
        InputStream trickle = new ByteArrayInputStream((longLine + "\nshort\n" + longLine).getBytes()) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7_001));
            }
        };
        assertEquals(List.of(longLine, "short", longLine), lines(new LineSplitter(trickle)));
    }

    @Test
    void aRunawayLineIsFlaggedAndDroppedWithoutLosingTheNextOne() throws IOException {
        String runaway = "y".repeat(LineSplitter.MAX_LINE_BYTES + 10);
        LineSplitter splitter = splitter(runaway + "\nnext\n");

        assertTrue(splitter.next());
        assertTrue(splitter.tooLong());
        assertTrue(splitter.next());
        assertFalse(splitter.tooLong());
        assertEquals("next", text(splitter));
        assertFalse(splitter.next());
    }

    @Test
    void blankMeansOnlySpacesAndTabs() throws IOException {
        LineSplitter splitter = splitter(" \t \n {}\n");
        assertTrue(splitter.next());
        assertTrue(splitter.isBlank());
        assertTrue(splitter.next());
        assertFalse(splitter.isBlank());
    }

    private static List<String> lines(String text) throws IOException {
        return lines(splitter(text));
    }

    private static List<String> lines(LineSplitter splitter) throws IOException {
        List<String> lines = new ArrayList<>();
        while (splitter.next()) {
            lines.add(text(splitter));
        }
        return lines;
    }

    private static LineSplitter splitter(String text) {
        return new LineSplitter(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String text(LineSplitter splitter) {
        return new String(splitter.bytes(), splitter.start(), splitter.length(), StandardCharsets.UTF_8);
    }
}
