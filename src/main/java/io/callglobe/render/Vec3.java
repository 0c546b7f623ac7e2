package io.callglobe.render;

/** The few 3-vector operations the camera and globe geometry need, on double[3]. */
final class Vec3 {
    private Vec3() {
    }

    /** Unit vector for a latitude/longitude in degrees: lat 0, lon 0 is +z, north is +y, lon 90 E is +x. */
    static double[] fromLatLon(double latDegrees, double lonDegrees) {
        double lat = Math.toRadians(latDegrees);
        double lon = Math.toRadians(lonDegrees);
        return new double[] {Math.cos(lat) * Math.sin(lon), Math.sin(lat), Math.cos(lat) * Math.cos(lon)};
    }

    /**
     * Degrees of arc between two points, on a flat map scaled at their mean latitude and taking the short way
     * across the date line: exact enough for short distances, cheap enough for every arc of every frame.
     */
    static double approximateDegreesApart(double lat1, double lon1, double lat2, double lon2) {
        double dLat = lat2 - lat1;
        double dLon = Math.abs(lon2 - lon1);
        dLon = Math.min(dLon, 360 - dLon) * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        return Math.sqrt(dLat * dLat + dLon * dLon);
    }

    static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    static double[] scale(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s, a[2] * s};
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    static double[] normalize(double[] a) {
        double length = Math.sqrt(dot(a, a));
        return new double[] {a[0] / length, a[1] / length, a[2] / length};
    }
}
