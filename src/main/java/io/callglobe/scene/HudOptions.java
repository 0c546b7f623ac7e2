package io.callglobe.scene;

import java.time.ZoneId;

/** What the HUD is configured to show beyond the live figures: the clock's zone and an optional title. */
public record HudOptions(ZoneId zone, String title) {
}
