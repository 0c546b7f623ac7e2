package io.callglobe.geo.build;

import io.callglobe.geo.Precision;
import io.callglobe.geo.build.Gazetteer.Subdivision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the GeoNames place or subdivision a geocoder description names, within the description's country.
 * Descriptions come as "City", "City, Subdivision", "City, ST", "City - ST" (Brazil), "A/B, Subdivision",
 * or a bare subdivision ("Pennsylvania"); the subdivision part, when it matches, narrows the city search.
 */
final class DescriptionResolver {

    /** A resolved description: a city (point = the city) or a subdivision (point = its most populous place). */
    record Resolution(Precision precision, double lat, double lon, String admin1) {
    }

    private static final Pattern QUALIFIED = Pattern.compile("(.+?)(?:, | - )([^,]+)");
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Z]{2,5}");
    private static final Pattern SUFFIXES = Pattern.compile("\\s*(?:\\(.*\\)|[-/].*|\\bDistrict\\b.*)$");

    private final Gazetteer gazetteer;

    DescriptionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param qualifiedByDefault whether most descriptions of this country name a subdivision after the city,
     *                           in which case a bare name is more likely a subdivision ("New York" the state)
     */
    Optional<Resolution> resolve(String regionCode, String description, boolean qualifiedByDefault) {
        if (isCountryName(regionCode, description)) {
            return Optional.empty();
        }
        Matcher qualified = QUALIFIED.matcher(description);
        if (qualified.matches()) {
            List<Subdivision> subdivisions = subdivisionsMatching(regionCode, qualified.group(2));
            Optional<Resolution> city = city(regionCode, qualified.group(1), subdivisions, false);
            if (city.isPresent() || subdivisions.isEmpty()) {
                return city.or(() -> subdivision(regionCode, qualified.group(1)));
            }
            return subdivisions.size() == 1 ? subdivision(subdivisions.get(0)) : Optional.empty();
        }
        return qualifiedByDefault
                ? subdivision(regionCode, description).or(() -> city(regionCode, description, List.of(), true))
                : city(regionCode, description, List.of(), true).or(() -> subdivision(regionCode, description));
    }

    private static boolean isCountryName(String regionCode, String description) {
        return PlaceNames.key(new Locale("", regionCode).getDisplayCountry(Locale.ENGLISH)).equals(PlaceNames.key(description));
    }

    /** The most populous place named by any of the name's spellings, inside the subdivisions when some are given. */
    private Optional<Resolution> city(String regionCode, String name, List<Subdivision> within, boolean unqualified) {
        Predicate<GeoNamesPlace> inside = p -> within.isEmpty() || within.stream().anyMatch(s -> s.code().equals(p.admin1()));
        for (String candidate : cityCandidates(name, unqualified)) {
            Optional<GeoNamesPlace> best = candidate.contains(".")
                    ? gazetteer.placesIn(regionCode).stream().filter(inside).filter(p -> PlaceNames.expandsTo(candidate, p.name())).findFirst()
                    : gazetteer.placesNamed(regionCode, PlaceNames.key(candidate)).stream().filter(inside).findFirst();
            if (best.isPresent()) {
                GeoNamesPlace p = best.get();
                return Optional.of(new Resolution(Precision.CITY, p.lat(), p.lon(), p.admin1()));
            }
        }
        return Optional.empty();
    }

    /**
     * "Phulera/Sambhar" tries each; "Vilshofen-Sandbach" and "Aralsky District" fall back to their first part; without a
     * subdivision to check against, "Falkenberg Oberpfalz" falls back to its leading words ("Falkenberg"); last,
     * "New York" may be GeoNames' "New York City".
     */
    private static Set<String> cityCandidates(String name, boolean dropTrailingWords) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(name);
        for (String alternative : name.split("/")) {
            candidates.add(alternative.trim());
        }
        for (String alternative : new ArrayList<>(candidates)) {
            String stripped = SUFFIXES.matcher(alternative).replaceFirst("").trim();
            if (!stripped.isEmpty()) {
                candidates.add(stripped);
            }
        }
        if (dropTrailingWords) {
            for (String alternative : new ArrayList<>(candidates)) {
                String[] words = alternative.split(" ");
                for (int n = words.length - 1; n >= 1; n--) {
                    String leading = String.join(" ", Arrays.copyOf(words, n));
                    if (leading.length() >= 4) {
                        candidates.add(leading);
                    }
                }
            }
        }
        candidates.add(name + " City");
        return candidates;
    }

    private Optional<Resolution> subdivision(String regionCode, String name) {
        String key = PlaceNames.subdivisionKey(name);
        return gazetteer.subdivisionsOf(regionCode).stream()
                .filter(s -> PlaceNames.subdivisionKey(s.name()).equals(key))
                .findFirst()
                .flatMap(this::subdivision);
    }

    private Optional<Resolution> subdivision(Subdivision s) {
        return gazetteer.largestPlaceIn(s).map(p -> new Resolution(Precision.REGION, p.lat(), p.lon(), s.code()));
    }

    /**
     * Subdivisions a qualifier names, trying the strictest reading first: exact code ("PA"), name ("Guangdong"),
     * name without its kind ("Minsk Region"), abbreviated words ("V. Tarnovo"), initials ("NS"), letters in order ("TAMPS").
     */
    private List<Subdivision> subdivisionsMatching(String regionCode, String qualifier) {
        List<Subdivision> all = gazetteer.subdivisionsOf(regionCode);
        List<Predicate<Subdivision>> readings = new ArrayList<>(List.of(
                s -> s.code().equals(qualifier),
                s -> PlaceNames.key(s.name()).equals(PlaceNames.key(qualifier)),
                s -> PlaceNames.subdivisionKey(s.name()).equals(PlaceNames.subdivisionKey(qualifier)),
                s -> qualifier.contains(".") && PlaceNames.expandsTo(qualifier, s.name())));
        if (ABBREVIATION.matcher(qualifier).matches()) {
            readings.add(s -> PlaceNames.initials(s.name()).equals(PlaceNames.key(qualifier)));
            readings.add(s -> PlaceNames.canAbbreviate(qualifier, s.name()));
        }
        for (Predicate<Subdivision> reading : readings) {
            List<Subdivision> matching = all.stream().filter(reading).toList();
            if (!matching.isEmpty()) {
                return matching;
            }
        }
        return List.of();
    }
}
