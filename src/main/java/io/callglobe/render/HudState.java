package io.callglobe.render;

import java.time.Instant;
import java.time.ZoneId;

/** What the heads-up display shows for one frame. {@code title} may be null. */
public record HudState(Instant eventTime, ZoneId zone, int ringing, int inCall, String title) {
}
