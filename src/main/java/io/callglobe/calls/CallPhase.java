package io.callglobe.calls;

/** Where a call stands: ringing, talking, or ended and fading off the globe. */
public enum CallPhase {
    RINGING,
    IN_CALL,
    ENDED
}
