package io.callglobe.bench;

import java.util.Locale;

/**
 * One measured figure of the report.
 *
 * @param value   NaN when the stage failed; {@code note} then says why
 * @param target  null when nothing is promised for this case
 */
record BenchRow(String stage, String subject, String size, double value, String unit, Target target, String note) {

    static BenchRow of(String stage, String subject, String size, double value, String unit) {
        return new BenchRow(stage, subject, size, value, unit, null, "");
    }

    static BenchRow failed(String stage, String subject, String size, String unit, Target target, String why) {
        return new BenchRow(stage, subject, size, Double.NaN, unit, target, why);
    }

    BenchRow against(Target target) {
        return new BenchRow(stage, subject, size, value, unit, target, note);
    }

    BenchRow noting(String text) {
        return new BenchRow(stage, subject, size, value, unit, target, note.isEmpty() ? text : note + "; " + text);
    }

    /** PASS or MISS against the target, blank without one. */
    String verdict() {
        if (target == null) {
            return "";
        }
        return target.metBy(value) ? "PASS" : "MISS";
    }

    String measured() {
        return Double.isNaN(value) ? "failed" : figure(value);
    }

    /** Two decimals below 10, one below 1,000, none above, with thousands separators. */
    static String figure(double value) {
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 1_000 ? "%,.0f" : magnitude >= 10 ? "%,.1f" : "%,.2f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
