package io.callglobe.bus;

/** Where a publisher's or subscriber's link to the broker stands. */
public enum ConnectionState {
    /** Not connected yet: the broker is being tried, again and again with a growing pause while it is not up. */
    CONNECTING,
    CONNECTED,
    /** The connection was lost; it is being re-established, with the exchange, queue and consumer. */
    RECONNECTING,
    /** Given up for a reason retrying will not cure: see the failure. */
    FAILED,
    CLOSED;

    /** True once the link has ended for good. */
    public boolean isFinal() {
        return this == FAILED || this == CLOSED;
    }
}
