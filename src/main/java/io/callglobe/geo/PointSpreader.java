package io.callglobe.geo;

import io.callglobe.geo.PopulatedPlaces.Place;
import io.callglobe.geo.PopulatedPlaces.Pool;

import java.util.Optional;

/**
 * Picks a deterministic point for a number whose location is only known to a country or a region, so that many such
 * numbers spread over the populated places of that area instead of piling on one pixel. The number seeds a generator
 * that draws a place by population and a jitter around it; draws that land outside the country's outline (at sea,
 * across a border) are retried with the next values of the same sequence.
 */
final class PointSpreader {

    private static final int ATTEMPTS = 32;
    private static final double CITY_JITTER_KM = 1.5;
    private static final double REGION_JITTER_CAP_KM = 10;
    private static final double COUNTRY_JITTER_CAP_KM = 25;

    private final PopulatedPlaces places;
    private final CountryShapes shapes;

    PointSpreader(PopulatedPlaces places, CountryShapes shapes) {
        this.places = places;
        this.shapes = shapes;
    }

    /** Within {@link #CITY_JITTER_KM} of the city, so two numbers of one city are two endpoints. */
    GeoPoint nearCity(GeoPoint city, String e164) {
        return jitter(city, CITY_JITTER_KM, SplitMix64.seededBy(e164));
    }

    Optional<GeoPoint> inCountry(String regionCode, String e164) {
        return places.inCountry(regionCode).map(pool -> spread(pool, regionCode, COUNTRY_JITTER_CAP_KM, e164));
    }

    /** Around the region's populated places, or around {@code fallback} if none is known. */
    GeoPoint inRegion(String regionCode, String admin1, GeoPoint fallback, String e164) {
        return places.inSubdivision(regionCode, admin1)
                .map(pool -> spread(pool, regionCode, REGION_JITTER_CAP_KM, e164))
                .orElseGet(() -> nearCity(fallback, e164));
    }

    private GeoPoint spread(Pool pool, String regionCode, double jitterCapKm, String e164) {
        Optional<CountryShape> shape = shapes.forRegion(regionCode);
        SplitMix64 random = SplitMix64.seededBy(e164);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Place place = pool.draw(random.nextDouble());
            GeoPoint candidate = jitter(place.point(), jitterKm(place.population(), jitterCapKm), random);
            if (shape.isEmpty() || shape.get().contains(candidate)) {
                return candidate;
            }
        }
        return pool.places().stream().map(Place::point)
                .filter(p -> shape.get().contains(p))
                .findFirst()
                .orElse(pool.places().get(0).point());
    }

    /** Larger places get a wider spread: about 3 km for a town, up to the cap for a metropolis. */
    private static double jitterKm(long population, double capKm) {
        return Math.min(capKm, 2 + Math.sqrt(Math.max(0, population)) / 80);
    }

    /** Uniform over the disc of the given radius. */
    private static GeoPoint jitter(GeoPoint centre, double radiusKm, SplitMix64 random) {
        double distance = radiusKm * Math.sqrt(random.nextDouble());
        double bearing = 2 * Math.PI * random.nextDouble();
        return centre.moved(bearing, distance);
    }
}
