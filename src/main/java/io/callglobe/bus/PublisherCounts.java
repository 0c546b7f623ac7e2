package io.callglobe.bus;

/**
 * What became of the events handed to an {@link EventPublisher}.
 *
 * @param published  sent to the broker
 * @param confirmed  taken in charge by the broker (publisher confirms)
 * @param nacked     refused by the broker
 * @param unroutable confirmed, but no queue was bound to receive them
 * @param dropped    not sent: no connection at the time
 */
public record PublisherCounts(long published, long confirmed, long nacked, long unroutable, long dropped) {

    /** Sent but neither confirmed nor refused: still awaited, or lost with a connection. */
    public long unconfirmed() {
        return published - confirmed - nacked;
    }
}
