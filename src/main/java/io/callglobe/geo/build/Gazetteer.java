package io.callglobe.geo.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** GeoNames populated places and first-level subdivisions, indexed by country for name look-ups. */
final class Gazetteer {

    record Subdivision(String regionCode, String code, String name) {
    }

    private final List<GeoNamesPlace> places;
    private final Map<String, Map<String, List<GeoNamesPlace>>> placesByCountryAndKey = new HashMap<>();
    private final Map<String, List<GeoNamesPlace>> placesByCountry = new HashMap<>();
    private final Map<String, List<GeoNamesPlace>> placesBySubdivision = new HashMap<>();
    private final Map<String, List<Subdivision>> subdivisionsByCountry = new HashMap<>();

    private Gazetteer(List<GeoNamesPlace> places, List<Subdivision> subdivisions) {
        this.places = places.stream().sorted(Comparator.comparingLong(GeoNamesPlace::population).reversed()).toList();
        for (GeoNamesPlace p : this.places) {
            placesByCountryAndKey.computeIfAbsent(p.regionCode(), k -> new HashMap<>())
                    .computeIfAbsent(PlaceNames.key(p.name()), k -> new ArrayList<>()).add(p);
            placesByCountry.computeIfAbsent(p.regionCode(), k -> new ArrayList<>()).add(p);
            placesBySubdivision.computeIfAbsent(p.regionCode() + "." + p.admin1(), k -> new ArrayList<>()).add(p);
        }
        for (Subdivision s : subdivisions) {
            subdivisionsByCountry.computeIfAbsent(s.regionCode(), k -> new ArrayList<>()).add(s);
        }
    }

    static Gazetteer read(Path citiesTsv, Path admin1Tsv) throws IOException {
        List<GeoNamesPlace> places = new ArrayList<>();
        for (String line : skipHeader(Files.readAllLines(citiesTsv, StandardCharsets.UTF_8))) {
            String[] f = line.split("\t", -1);
            places.add(new GeoNamesPlace(f[1], f[3], f[4], Long.parseLong(f[6]),
                    Double.parseDouble(f[7]), Double.parseDouble(f[8])));
        }
        List<Subdivision> subdivisions = new ArrayList<>();
        for (String line : skipHeader(Files.readAllLines(admin1Tsv, StandardCharsets.UTF_8))) {
            String[] f = line.split("\t", -1);
            int dot = f[0].indexOf('.');
            subdivisions.add(new Subdivision(f[0].substring(0, dot), f[0].substring(dot + 1), f[1]));
        }
        return new Gazetteer(places, subdivisions);
    }

    private static List<String> skipHeader(List<String> lines) {
        return lines.subList(1, lines.size());
    }

    /** Every place, most populous first. */
    List<GeoNamesPlace> places() {
        return places;
    }

    /** A country's places, most populous first. */
    List<GeoNamesPlace> placesIn(String regionCode) {
        return placesByCountry.getOrDefault(regionCode, List.of());
    }

    /** A subdivision's places, most populous first. */
    List<GeoNamesPlace> placesIn(Subdivision subdivision) {
        return placesBySubdivision.getOrDefault(subdivision.regionCode() + "." + subdivision.code(), List.of());
    }

    /** Places of a country whose name has this key, most populous first. */
    List<GeoNamesPlace> placesNamed(String regionCode, String key) {
        return placesByCountryAndKey.getOrDefault(regionCode, Map.of()).getOrDefault(key, List.of());
    }

    List<Subdivision> subdivisionsOf(String regionCode) {
        return subdivisionsByCountry.getOrDefault(regionCode, List.of());
    }

    Optional<GeoNamesPlace> largestPlaceIn(Subdivision subdivision) {
        return placesIn(subdivision).stream().findFirst();
    }
}
