package io.callglobe.bus;

/**
 * What an {@link EventSubscriber} does with each message, in the order they arrive, one at a time. A message is
 * acknowledged once this returns; if it throws, the message goes back to the queue and the subscriber fails.
 */
@FunctionalInterface
public interface EventHandler {
    void handle(ReceivedEvent event) throws Exception;
}
