package io.callglobe.geo;

import java.util.List;

/**
 * A country's outline as closed rings of (lon, lat) vertices. Islands and holes are all rings:
 * the even-odd rule over every ring tells inside from outside without knowing which is which.
 */
public final class CountryShape {

    private final List<Ring> rings;

    public CountryShape(List<Ring> rings) {
        this.rings = List.copyOf(rings);
    }

    public List<Ring> rings() {
        return rings;
    }

    public boolean contains(GeoPoint p) {
        boolean inside = false;
        for (Ring ring : rings) {
            if (ring.crossesOddTimes(p.lon(), p.lat())) {
                inside = !inside;
            }
        }
        return inside;
    }

    /** Zero inside the shape, else the distance to its nearest edge (approximate: edges sampled at their vertices and midpoints). */
    public double distanceKm(GeoPoint p) {
        if (contains(p)) {
            return 0;
        }
        double best = Double.MAX_VALUE;
        for (Ring ring : rings) {
            best = Math.min(best, ring.distanceKm(p));
        }
        return best;
    }

    /** One closed ring; the last vertex is implicitly joined to the first. */
    public static final class Ring {
        private final double[] lons;
        private final double[] lats;
        private final double minLon, maxLon, minLat, maxLat;

        public Ring(double[] lons, double[] lats) {
            if (lons.length != lats.length || lons.length < 3) {
                throw new IllegalArgumentException("a ring needs 3+ vertices");
            }
            this.lons = lons.clone();
            this.lats = lats.clone();
            double a = Double.MAX_VALUE, b = -Double.MAX_VALUE, c = Double.MAX_VALUE, d = -Double.MAX_VALUE;
            for (int i = 0; i < lons.length; i++) {
                a = Math.min(a, lons[i]);
                b = Math.max(b, lons[i]);
                c = Math.min(c, lats[i]);
                d = Math.max(d, lats[i]);
            }
            minLon = a;
            maxLon = b;
            minLat = c;
            maxLat = d;
        }

        public int size() {
            return lons.length;
        }

        public double lon(int i) {
            return lons[i];
        }

        public double lat(int i) {
            return lats[i];
        }

        boolean crossesOddTimes(double x, double y) {
            if (x < minLon || x > maxLon || y < minLat || y > maxLat) {
                return false;
            }
            boolean odd = false;
            for (int i = 0, j = lons.length - 1; i < lons.length; j = i++) {
                if ((lats[i] > y) != (lats[j] > y)
                        && x < (lons[j] - lons[i]) * (y - lats[i]) / (lats[j] - lats[i]) + lons[i]) {
                    odd = !odd;
                }
            }
            return odd;
        }

        double distanceKm(GeoPoint p) {
            double best = Double.MAX_VALUE;
            for (int i = 0, j = lons.length - 1; i < lons.length; j = i++) {
                best = Math.min(best, p.distanceKm(new GeoPoint(lats[i], lons[i])));
                best = Math.min(best, p.distanceKm(new GeoPoint((lats[i] + lats[j]) / 2, (lons[i] + lons[j]) / 2)));
            }
            return best;
        }
    }
}
