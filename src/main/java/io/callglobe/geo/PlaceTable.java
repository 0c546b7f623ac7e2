package io.callglobe.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Geocoder descriptions resolved at build time, read from {@code geo/descriptions.tsv.gz}:
 * {@code region, description, city|region, lat, lon, admin1}. Descriptions absent from it are country-level.
 */
final class PlaceTable {

    /** Where a description points: a city, or a subdivision (its largest place, and its GeoNames admin1 code). */
    record Entry(Precision precision, GeoPoint point, String admin1) {
    }

    private final Map<String, Entry> entries;

    private PlaceTable(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    static PlaceTable read(BufferedReader in) throws IOException {
        Map<String, Entry> entries = new HashMap<>(1 << 16);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split("\t", -1);
            Precision precision = f[2].equals("city") ? Precision.CITY : Precision.REGION;
            entries.put(key(f[0], f[1]), new Entry(precision,
                    new GeoPoint(Double.parseDouble(f[3]), Double.parseDouble(f[4])), f[5]));
        }
        return new PlaceTable(entries);
    }

    Optional<Entry> find(String regionCode, String description) {
        return Optional.ofNullable(entries.get(key(regionCode, description)));
    }

    int size() {
        return entries.size();
    }

    private static String key(String regionCode, String description) {
        return regionCode + "\t" + description;
    }
}
