package io.callglobe.geo;

/** A position on the WGS84 sphere, in degrees. */
public record GeoPoint(double lat, double lon) {

    static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a coordinate: " + lat + ", " + lon
                    + " (latitude -90..90, longitude -180..180)");
        }
    }

    /** Great-circle (haversine) distance. */
    public double distanceKm(GeoPoint other) {
        double dLat = Math.toRadians(other.lat - lat);
        double dLon = Math.toRadians(other.lon - lon);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The point reached by travelling {@code km} from here along the initial bearing (radians from north). */
    public GeoPoint moved(double bearing, double km) {
        double angular = km / EARTH_RADIUS_KM;
        double lat1 = Math.toRadians(lat);
        double lon1 = Math.toRadians(lon);
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular) + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        double lonDeg = Math.toDegrees(lon2);
        lonDeg = ((lonDeg + 540) % 360) - 180;
        return new GeoPoint(Math.max(-90, Math.min(90, Math.toDegrees(lat2))), lonDeg);
    }
}
