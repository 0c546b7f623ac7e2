package io.callglobe.bus;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.DefaultConsumer;
import com.rabbitmq.client.Envelope;
import com.rabbitmq.client.ShutdownSignalException;
import io.callglobe.events.CallEvent;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.events.ParseResult;
import io.callglobe.events.ProblemKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the call events bound to a queue and hands them, in order, to an {@link EventHandler}; each message is
 * acknowledged once the handler has returned, so a crash loses nothing (a message may come twice instead).
 * Messages that are not a JSON object are counted among the problems and rejected without requeueing; JSON events
 * the globe cannot draw are counted too, but still handed over (with no parsed event) and acknowledged.
 *
 * <p>Connects in the background, retrying while the broker is not up, and reconnects after losing the broker, queue
 * and consumer included. Close it also after it failed.
 */
public final class EventSubscriber implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventSubscriber.class);
    private static final long CANCEL_WAIT_SECONDS = 5;

    private final AmqpSettings settings;
    private final EventProblems problems;
    private final EventHandler handler;
    private final EventParser parser = new EventParser();
    private final BusConnection bus;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong handled = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile Channel channel;
    private volatile EventConsumer consumer;

    private EventSubscriber(AmqpSettings settings, EventProblems problems, EventHandler handler) {
        this.settings = settings;
        this.problems = problems;
        this.handler = handler;
        this.bus = new BusConnection(settings, "subscriber", this::prepare);
    }

    /**
     * Starts connecting in the background; events flow to the handler once connected.
     *
     * @param problems where malformed and undrawable messages are counted
     */
    public static EventSubscriber start(AmqpSettings settings, EventProblems problems, EventHandler handler) {
        EventSubscriber subscriber = new EventSubscriber(settings, problems, handler);
        subscriber.bus.start();
        return subscriber;
    }

    public ConnectionState state() {
        return bus.state();
    }

    /** True while connected and consuming. */
    public boolean isConnected() {
        return bus.state() == ConnectionState.CONNECTED;
    }

    /** Why the subscriber failed for good, or null while it has not. */
    public BusException failure() {
        return bus.failure();
    }

    /**
     * Waits until connected and consuming: with an exclusive queue, events published before that are not received.
     *
     * @return true once connected, false if the timeout passed first or the subscriber was closed
     * @throws BusException when the broker refused the connection, exchange or queue
     */
    public boolean awaitConnected(Duration timeout) throws BusException, InterruptedException {
        return bus.awaitConnected(timeout);
    }

    public SubscriberCounts counts() {
        return new SubscriberCounts(delivered.get(), handled.get(), rejected.get());
    }

    /**
     * Stops consuming, lets the handler finish the messages already delivered and acknowledges them, then closes
     * the connection; the broker requeues whatever was not acknowledged.
     */
    @Override
    public void close() throws InterruptedException {
        Channel open = channel;
        EventConsumer current = consumer;
        if (open != null && current != null && isConnected()) {
            try {
                open.basicCancel(current.getConsumerTag());
                if (!cancelled.await(CANCEL_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warn("the event handler did not finish within {} s; closing anyway", CANCEL_WAIT_SECONDS);
                }
            } catch (IOException | ShutdownSignalException e) {
                LOG.debug("cancelling the consumer failed: {}", e.getMessage());
            }
        }
        bus.close();
    }

    private void prepare(Connection connection) throws IOException {
        Channel opened = connection.createChannel();
        opened.basicQos(settings.prefetch());
        bus.prepareExchange(opened);
        String queue = settings.queue() == null ? opened.queueDeclare().getQueue() : namedQueue(connection, opened);
        opened.queueBind(queue, settings.exchange(), settings.bindingKey());
        opened.addShutdownListener(cause -> {
            // A channel closed on its own, with the connection still up, is not recovered: say so.
            if (!cause.isHardError() && !cause.isInitiatedByApplication()) {
                bus.fail(new BusException("the broker closed the channel: " + cause.getMessage(), cause));
            }
        });
        EventConsumer consuming = new EventConsumer(opened);
        channel = opened;
        consumer = consuming;
        opened.basicConsume(queue, false, consuming);
    }

    /**
     * An existing queue is used as it is, whatever its arguments (a dead-letter exchange...); a missing one is
     * declared durable. The check runs on a channel of its own because the broker closes a channel that asks for
     * a missing queue.
     */
    private String namedQueue(Connection connection, Channel channel) throws IOException {
        Channel probe = connection.createChannel();
        try {
            probe.queueDeclarePassive(settings.queue());
            return settings.queue();
        } catch (IOException e) {
            if (BrokerErrors.channelReplyCode(e) != AMQP.NOT_FOUND) {
                throw e;
            }
        } finally {
            probe.abort();
        }
        return channel.queueDeclare(settings.queue(), true, false, false, null).getQueue();
    }

    private final class EventConsumer extends DefaultConsumer {

        EventConsumer(Channel channel) {
            super(channel);
        }

        @Override
        public void handleDelivery(String consumerTag, Envelope envelope, AMQP.BasicProperties properties,
                byte[] body) {
            long number = delivered.incrementAndGet();
            long tag = envelope.getDeliveryTag();
            if (bus.state() == ConnectionState.FAILED) {
                settle(() -> getChannel().basicNack(tag, false, true));
                return;
            }
            String text = new String(body, StandardCharsets.UTF_8);
            ParseResult result = parser.parse(text, 0);
            CallEvent event = null;
            if (result instanceof ParseResult.Parsed parsed) {
                event = parsed.event();
            } else {
                ParseResult.Rejected refused = (ParseResult.Rejected) result;
                problems.record(refused.kind(), 0, "message " + number + " from the bus: " + refused.detail());
                if (refused.kind() == ProblemKind.MALFORMED_LINE) {
                    rejected.incrementAndGet();
                    settle(() -> getChannel().basicReject(tag, false));
                    return;
                }
            }
            try {
                handler.handle(new ReceivedEvent(oneLine(text), event, envelope.getRoutingKey(), Instant.now()));
            } catch (Exception e) {
                settle(() -> getChannel().basicNack(tag, false, true));
                bus.fail(new BusException("could not handle an event: " + e.getMessage(), e));
                return;
            }
            settle(() -> getChannel().basicAck(tag, false));
            handled.incrementAndGet();
        }

        @Override
        public void handleCancelOk(String consumerTag) {
            cancelled.countDown();
        }

        @Override
        public void handleCancel(String consumerTag) {
            bus.fail(new BusException("the broker cancelled the subscription: was queue "
                    + (settings.queue() == null ? "" : "'" + settings.queue() + "' ") + "deleted?"));
        }

        /** Settling fails while reconnecting: the broker then redelivers the message on the new connection. */
        private void settle(Settlement settlement) {
            try {
                settlement.run();
            } catch (IOException | ShutdownSignalException e) {
                LOG.debug("could not settle a message, it will come again: {}", e.getMessage());
            }
        }
    }

    @FunctionalInterface
    private interface Settlement {
        void run() throws IOException;
    }

    private static String oneLine(String body) {
        return body.strip().replace('\r', ' ').replace('\n', ' ');
    }
}
