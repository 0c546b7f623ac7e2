package io.callglobe.bus;

/**
 * What an {@link EventSubscriber} received.
 *
 * @param delivered every message the broker delivered, redeliveries included
 * @param handled   messages the handler took, then acknowledged
 * @param rejected  malformed messages (not a JSON object) rejected without requeueing: dead-lettered if the queue
 *                  has a dead-letter exchange, dropped otherwise
 */
public record SubscriberCounts(long delivered, long handled, long rejected) {
}
