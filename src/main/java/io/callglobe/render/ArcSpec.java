package io.callglobe.render;

/**
 * One call leg to draw, from the caller's place to the callee's.
 *
 * @param opacity       1 while active, falling to 0 as an ended call fades out
 * @param growth        0..1, how far a ringing arc has shot out from the caller (1 for other styles)
 * @param seed          0..1, stable per call: varies the arc's height and bow and the highlight's phase
 */
public record ArcSpec(double fromLat, double fromLon, double toLat, double toLon, ArcStyle style, float opacity,
                      float growth, float seed) {
}
