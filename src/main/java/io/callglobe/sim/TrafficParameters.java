package io.callglobe.sim;

import java.time.Duration;
import java.time.Instant;

/**
 * The knobs of {@link TrafficModel}.
 *
 * @param start              first possible call start
 * @param end                no call starts at or after this instant (its events may run past it)
 * @param peakCallsPerHour   arrival rate if every customer country were at its local late-morning peak; with
 *                           {@code dailyCurve} the real rate is lower, shaped by each country's time of day
 * @param dailyCurve         whether calls follow each customer's local time of day; false for a steady
 *                           {@code peakCallsPerHour} at every hour
 * @param answerRate         share of calls an agent (inbound) or customer (outbound) answers
 * @param outboundShare      share of calls placed by agents
 * @param forwardedShare     share of calls forwarded to another number
 * @param mobileShare        share of customers calling from a mobile rather than a fixed line
 * @param medianTalkTime     median of the log-normal talk time
 */
public record TrafficParameters(
        Instant start,
        Instant end,
        double peakCallsPerHour,
        boolean dailyCurve,
        double answerRate,
        double outboundShare,
        double forwardedShare,
        double mobileShare,
        Duration medianTalkTime) {

    public static final double DEFAULT_PEAK_CALLS_PER_HOUR = 7_000;

    public TrafficParameters {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
        if (peakCallsPerHour <= 0) {
            throw new IllegalArgumentException("peakCallsPerHour must be positive");
        }
        requireShare(answerRate, "answerRate");
        requireShare(outboundShare, "outboundShare");
        requireShare(forwardedShare, "forwardedShare");
        requireShare(mobileShare, "mobileShare");
    }

    /** Realistic defaults: 80 % answered, 20 % outbound, 5 % forwarded, half mobiles, 3 minutes median talk. */
    public static TrafficParameters between(Instant start, Instant end) {
        return new TrafficParameters(start, end, DEFAULT_PEAK_CALLS_PER_HOUR, true, 0.80, 0.20, 0.05, 0.55,
                Duration.ofMinutes(3));
    }

    /** The same traffic at a steady mean rate, whatever the customers' time of day. */
    public TrafficParameters withSteadyRate(double callsPerHour) {
        return new TrafficParameters(start, end, callsPerHour, false, answerRate, outboundShare, forwardedShare,
                mobileShare, medianTalkTime);
    }

    private static void requireShare(double share, String name) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + share);
        }
    }
}
