package io.callglobe.live;

/**
 * Frame deadlines in real time: frame slot n is due {@code n / fps} seconds after the start. A frame that cannot
 * be on time is dropped rather than pushing every later frame back, so the display never lags the clock.
 */
final class FrameClock {
    private final long startNanos;
    private final long periodNanos;

    FrameClock(int fps, long startNanos) {
        if (fps < 1 || fps > 240) {
            throw new IllegalArgumentException("fps must be within 1..240, was " + fps);
        }
        this.startNanos = startNanos;
        this.periodNanos = 1_000_000_000L / fps;
    }

    long dueAt(long slot) {
        return startNanos + slot * periodNanos;
    }

    /**
     * The slot to render after {@code rendered}, once it is done at {@code nowNanos}: the next one, or, when that
     * is already late, the newest slot that is due. The slots in between are dropped.
     */
    long nextSlot(long rendered, long nowNanos) {
        return Math.max(rendered + 1, Math.floorDiv(nowNanos - startNanos, periodNanos));
    }
}
