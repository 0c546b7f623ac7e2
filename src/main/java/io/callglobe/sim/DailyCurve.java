package io.callglobe.sim;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** How busy callers are at a local time of day, from 0 (nobody calls) to 1 (the late-morning peak). */
final class DailyCurve {

    /** Intensity at the start of each local hour; interpolated linearly in between. */
    private static final double[] BY_HOUR = {
        0.05, 0.03, 0.02, 0.02, 0.03, 0.05, 0.12, 0.30, 0.60, 0.90, 1.00, 1.00,
        0.80, 0.85, 0.95, 0.95, 0.85, 0.65, 0.45, 0.30, 0.22, 0.15, 0.10, 0.07};

    private DailyCurve() {
    }

    static double intensity(Instant instant, ZoneId zone) {
        LocalTime local = LocalTime.ofInstant(instant, zone);
        double hours = local.toSecondOfDay() / 3_600.0;
        int hour = (int) hours;
        double between = hours - hour;
        return BY_HOUR[hour] * (1 - between) + BY_HOUR[(hour + 1) % 24] * between;
    }
}
