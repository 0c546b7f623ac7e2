package io.callglobe.geo;

import java.util.Locale;

/**
 * One tab-separated line per located number: number, lat, lon (5 decimals), precision, place.
 * Numbers are masked with {@link NumberMask} unless asked otherwise. An unparseable number shows its raw input,
 * empty coordinates, "unknown", and why it could not be located in the place column.
 */
public final class LocateFormatter {

    private final boolean showNumbers;

    public LocateFormatter(boolean showNumbers) {
        this.showNumbers = showNumbers;
    }

    public String format(String rawInput, Location location) {
        String number = location.e164() != null ? location.e164() : singleLine(rawInput);
        String shown = showNumbers ? number : NumberMask.mask(number);
        GeoPoint p = location.point();
        String place = location.problem() != null ? location.problem() : location.placeName();
        return String.join("\t", shown,
                p == null ? "" : coordinate(p.lat()),
                p == null ? "" : coordinate(p.lon()),
                location.precision().label(),
                singleLine(place));
    }

    private static String coordinate(double degrees) {
        return String.format(Locale.ROOT, "%.5f", degrees);
    }

    private static String singleLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]", " ");
    }
}
