package io.callglobe.bus;

import java.io.IOException;

/**
 * A failure of the link to the broker that waiting will not cure: credentials refused, a missing exchange, a queue
 * declared with other settings, a handler that could not keep an event. The message says what to fix.
 */
public final class BusException extends IOException {

    public BusException(String message) {
        super(message);
    }

    public BusException(String message, Throwable cause) {
        super(message, cause);
    }
}
