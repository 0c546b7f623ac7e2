package io.callglobe.render;

/**
 * One call leg to draw, from the caller's place to the callee's.
 *
 * @param opacity       1 while active, falling to 0 as an ended call fades out
 * @param stateSeconds  video seconds since the leg entered its current style (drives the ringing arc's growth)
 * @param seed          0..1, stable per call: varies the arc's height and bow and the highlight's phase
 */
public record ArcSpec(double fromLat, double fromLon, double toLat, double toLon, ArcStyle style, float opacity,
                      float stateSeconds, float seed) {
}
