package io.callglobe.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The most populous places of each country and of each of its first-level subdivisions, to draw from in
 * proportion to population. Read from {@code geo/places.tsv.gz}: {@code region, admin1, population, lat, lon}.
 */
final class PopulatedPlaces {

    /** Places to draw from, each as likely as its share of their total population. */
    static final class Pool {
        private final List<Place> places;
        private final double[] cumulative;

        private Pool(List<Place> places) {
            this.places = List.copyOf(places);
            cumulative = new double[places.size()];
            double total = 0;
            for (int i = 0; i < places.size(); i++) {
                total += Math.max(1, places.get(i).population());
                cumulative[i] = total;
            }
        }

        /** The place {@code u} in [0, 1) falls on when places are laid end to end by population. */
        Place draw(double u) {
            int i = Arrays.binarySearch(cumulative, u * cumulative[cumulative.length - 1]);
            return places.get(Math.min(places.size() - 1, i >= 0 ? i + 1 : -i - 1));
        }

        List<Place> places() {
            return places;
        }
    }

    record Place(GeoPoint point, long population) {
    }

    private final Map<String, Pool> byCountry;
    private final Map<String, Pool> bySubdivision;

    private PopulatedPlaces(Map<String, Pool> byCountry, Map<String, Pool> bySubdivision) {
        this.byCountry = byCountry;
        this.bySubdivision = bySubdivision;
    }

    static PopulatedPlaces read(BufferedReader in) throws IOException {
        Map<String, List<Place>> byCountry = new HashMap<>();
        Map<String, List<Place>> bySubdivision = new HashMap<>();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] f = line.split("\t", -1);
            Place place = new Place(new GeoPoint(Double.parseDouble(f[3]), Double.parseDouble(f[4])), Long.parseLong(f[2]));
            byCountry.computeIfAbsent(f[0], k -> new ArrayList<>()).add(place);
            bySubdivision.computeIfAbsent(f[0] + "." + f[1], k -> new ArrayList<>()).add(place);
        }
        return new PopulatedPlaces(pools(byCountry), pools(bySubdivision));
    }

    private static Map<String, Pool> pools(Map<String, List<Place>> lists) {
        Map<String, Pool> pools = new HashMap<>();
        lists.forEach((key, places) -> pools.put(key, new Pool(places)));
        return Collections.unmodifiableMap(pools);
    }

    Optional<Pool> inCountry(String regionCode) {
        return Optional.ofNullable(byCountry.get(regionCode));
    }

    Optional<Pool> inSubdivision(String regionCode, String admin1) {
        return Optional.ofNullable(bySubdivision.get(regionCode + "." + admin1));
    }
}
