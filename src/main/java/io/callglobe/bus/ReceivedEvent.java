package io.callglobe.bus;

import io.callglobe.events.CallEvent;
import java.time.Instant;

/**
 * One message from the bus, handed to an {@link EventHandler}.
 *
 * @param line       the message body as received, on one line: line breaks, which JSON allows only between
 *                   tokens, become spaces
 * @param event      the parsed event; null when the message is a JSON object the globe cannot draw (an unknown
 *                   event type, a missing field), already counted among the subscriber's problems
 * @param routingKey the key the message was published with, normally the event name
 * @param receivedAt when the subscriber received it
 */
public record ReceivedEvent(String line, CallEvent event, String routingKey, Instant receivedAt) {
}
