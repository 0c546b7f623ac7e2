package io.callglobe.render;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;

/**
 * What the heads-up display shows for one frame.
 *
 * @param title  shown above the clock; may be null
 * @param alert  a short warning shown in red under the counts, such as a lost event source; null for none
 */
public record HudState(Instant eventTime, ZoneId zone, int ringing, int inCall, String title, String alert) {

    public HudState(Instant eventTime, ZoneId zone, int ringing, int inCall, String title) {
        this(eventTime, zone, ringing, inCall, title, null);
    }

    public HudState withAlert(String text) {
        return new HudState(eventTime, zone, ringing, inCall, title, text);
    }

    /** What the panel shows: the clock has no fraction of a second, so neither does this. */
    HudState asShown() {
        return new HudState(eventTime.truncatedTo(ChronoUnit.SECONDS), zone, ringing, inCall, title, alert);
    }
}
