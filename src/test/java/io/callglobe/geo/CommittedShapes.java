package io.callglobe.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** The committed country outlines, for tests that check where points land. */
final class CommittedShapes {

    static final CountryShapes SHAPES = read();

    private CommittedShapes() {
    }

    static CountryShape of(String regionCode) {
        return SHAPES.forRegion(regionCode).orElseThrow(() -> new AssertionError("no outline for " + regionCode));
    }

    private static CountryShapes read() {
        try (InputStream in = new GZIPInputStream(CommittedShapes.class.getClassLoader().getResourceAsStream("geo/countries.bin.gz"))) {
            return CountryShapes.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
