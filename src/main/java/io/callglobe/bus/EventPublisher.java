package io.callglobe.bus;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ShutdownSignalException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes call events to the exchange: persistent JSON messages, each routed by its event name, with publisher
 * confirms counted as they come. Meant for one publishing thread.
 *
 * <p>Connects in the background and reconnects by itself; an event published while there is no connection is
 * dropped and counted. Messages awaiting confirmation when a connection is lost are never confirmed: the broker
 * numbers the confirms of the new connection afresh.
 */
public final class EventPublisher implements AutoCloseable {

    /** How long {@link #close()} waits for the broker to confirm what was published. */
    public static final Duration CLOSE_CONFIRM_WAIT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);
    private static final AMQP.BasicProperties PERSISTENT_JSON = new AMQP.BasicProperties.Builder()
            .contentType("application/json").deliveryMode(2).build();

    private final AmqpSettings settings;
    private final BusConnection bus;
    private final NavigableSet<Long> awaitingConfirm = new ConcurrentSkipListSet<>();
    private final Object confirms = new Object();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong confirmed = new AtomicLong();
    private final AtomicLong nacked = new AtomicLong();
    private final AtomicLong unroutable = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile Channel channel;

    private EventPublisher(AmqpSettings settings) {
        this.settings = settings;
        this.bus = new BusConnection(settings, "publisher", this::prepare);
    }

    /** Starts connecting in the background; see {@link #awaitConnected}. */
    public static EventPublisher start(AmqpSettings settings) {
        EventPublisher publisher = new EventPublisher(settings);
        publisher.bus.start();
        return publisher;
    }

    /**
     * Sends one event.
     *
     * @param eventName the routing key: the event's name, e.g. call_initiated
     * @param jsonLine  the event's JSON, sent as it is
     * @return false when the event was dropped for want of a connection
     */
    public boolean publish(String eventName, String jsonLine) {
        Channel open = channel;
        if (open == null || bus.state() != ConnectionState.CONNECTED) {
            dropped.incrementAndGet();
            return false;
        }
        long sequence = open.getNextPublishSeqNo();
        awaitingConfirm.add(sequence);
        try {
            open.basicPublish(settings.exchange(), eventName, true, PERSISTENT_JSON,
                    jsonLine.getBytes(StandardCharsets.UTF_8));
        } catch (IOException | ShutdownSignalException e) {
            awaitingConfirm.remove(sequence);
            dropped.incrementAndGet();
            LOG.debug("publishing failed: {}", e.getMessage());
            return false;
        }
        published.incrementAndGet();
        return true;
    }

    public PublisherCounts counts() {
        return new PublisherCounts(published.get(), confirmed.get(), nacked.get(), unroutable.get(), dropped.get());
    }

    public ConnectionState state() {
        return bus.state();
    }

    /** Why the publisher failed for good, or null while it has not. */
    public BusException failure() {
        return bus.failure();
    }

    /**
     * Waits until connected.
     *
     * @return true once connected, false if the timeout passed first or the publisher was closed
     * @throws BusException when the broker refused the connection or the exchange
     */
    public boolean awaitConnected(Duration timeout) throws BusException, InterruptedException {
        return bus.awaitConnected(timeout);
    }

    /** @return true when every message published has been confirmed or refused within the timeout */
    public boolean awaitConfirms(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (confirms) {
            while (!awaitingConfirm.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                confirms.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** Waits up to {@link #CLOSE_CONFIRM_WAIT} for the outstanding confirms, then closes the connection. */
    @Override
    public void close() throws InterruptedException {
        try {
            if (bus.state() == ConnectionState.CONNECTED && !awaitConfirms(CLOSE_CONFIRM_WAIT)) {
                LOG.warn("closing with {} messages still unconfirmed", awaitingConfirm.size());
            }
        } finally {
            bus.close();
        }
    }

    private void prepare(Connection connection) throws IOException {
        Channel opened = connection.createChannel();
        bus.prepareExchange(opened);
        opened.confirmSelect();
        opened.addConfirmListener((tag, multiple) -> settle(tag, multiple, confirmed),
                (tag, multiple) -> settle(tag, multiple, nacked));
        opened.addReturnListener(returned -> unroutable.incrementAndGet());
        // Confirms still awaited will not come: the recovered channel numbers its messages from 1 again.
        connection.addShutdownListener(cause -> forgetAwaited());
        channel = opened;
    }

    private void settle(long tag, boolean multiple, AtomicLong outcome) {
        NavigableSet<Long> settled = multiple ? awaitingConfirm.headSet(tag, true) : awaitingConfirm.subSet(tag, true,
                tag, true);
        int count = 0;
        for (Long sequence = settled.pollFirst(); sequence != null; sequence = settled.pollFirst()) {
            count++;
        }
        outcome.addAndGet(count);
        synchronized (confirms) {
            confirms.notifyAll();
        }
    }

    private void forgetAwaited() {
        awaitingConfirm.clear();
        synchronized (confirms) {
            confirms.notifyAll();
        }
    }
}
