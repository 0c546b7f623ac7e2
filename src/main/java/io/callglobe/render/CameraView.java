package io.callglobe.render;

/**
 * Where the camera looks from: above a point on the globe at an altitude in Earth radii, optionally
 * turning eastwards at a fixed rate of video time so a long video shows the whole activity.
 *
 * @param centerLat         latitude under the camera, degrees
 * @param centerLon         longitude under the camera at video time 0, degrees
 * @param altitude          distance above the surface in Earth radii
 * @param degreesPerSecond  eastward rotation per second of video (0 = still)
 */
public record CameraView(double centerLat, double centerLon, double altitude, double degreesPerSecond) {
    public static final double DEFAULT_ALTITUDE = 2.4;
    static final double FIELD_OF_VIEW_DEGREES = 38;

    public CameraView {
        if (centerLat < -85 || centerLat > 85) {
            throw new IllegalArgumentException("camera latitude must be within -85..85, was " + centerLat);
        }
        if (!(altitude > 0.05 && altitude <= 50)) {
            throw new IllegalArgumentException("altitude must be within 0.05..50 Earth radii, was " + altitude);
        }
        // Beyond a turn a second the globe strobes; negative turns it westwards.
        if (!(Math.abs(degreesPerSecond) <= 360)) {
            throw new IllegalArgumentException("rotation must be within -360..360 degrees a second, was "
                    + degreesPerSecond);
        }
    }

    public boolean isStill() {
        return degreesPerSecond == 0;
    }

    /** Camera position in globe units (radius 1) at the given video time. */
    double[] eye(double videoSeconds) {
        double lon = centerLon - degreesPerSecond * videoSeconds;
        return Vec3.scale(Vec3.fromLatLon(centerLat, lon), 1 + altitude);
    }

    /** The globe's radius on screen as a share of half the frame's height. */
    double globeScreenRadius() {
        return screenRadius(1);
    }

    /**
     * The screen radius, as a share of half the frame's height, of a sphere of {@code radius} globe radii around
     * the globe's centre; infinite when the camera is inside it.
     */
    double screenRadius(double radius) {
        double distance = 1 + altitude;
        if (radius >= distance) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.tan(Math.asin(radius / distance)) / Math.tan(Math.toRadians(FIELD_OF_VIEW_DEGREES) / 2);
    }

    /** Projection times view, flipped vertically when {@code topDownRows} so glReadPixels yields rows top first. */
    float[] viewProjection(double videoSeconds, double aspect, boolean topDownRows) {
        double[] eye = eye(videoSeconds);
        double distance = 1 + altitude;
        float[] projection = Mat4.perspective(FIELD_OF_VIEW_DEGREES, aspect, Math.max(0.01, altitude * 0.2),
                distance + 2);
        if (topDownRows) {
            projection[5] = -projection[5];
        }
        return Mat4.multiply(projection, Mat4.lookAt(eye, new double[3], new double[] {0, 1, 0}));
    }
}
