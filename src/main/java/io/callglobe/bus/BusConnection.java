package io.callglobe.bus;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryDelayHandler;
import com.rabbitmq.client.RecoveryListener;
import com.rabbitmq.client.ShutdownSignalException;
import com.rabbitmq.client.TopologyRecoveryException;
import com.rabbitmq.client.impl.ForgivingExceptionHandler;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection to the broker, shared plumbing of {@link EventPublisher} and {@link EventSubscriber}: connects
 * on a background thread, retrying with a growing pause while the broker is not up, then leaves a lost connection
 * to amqp-client's automatic recovery, which re-declares the exchange, queue, binding and consumer. Tracks the
 * {@link ConnectionState} through it all.
 */
final class BusConnection implements AutoCloseable {

    /** Prepares a fresh connection: channels, exchange, queue, consumer. Throws to retry or, when refused, to fail. */
    interface Setup {
        void prepare(Connection connection) throws IOException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(BusConnection.class);
    /** Pauses between attempts, first connection and recovery alike; the last one repeats. */
    private static final List<Long> BACKOFF_MILLIS = List.of(500L, 1_000L, 2_000L, 4_000L, 8_000L, 15_000L, 30_000L);
    private static final int HEARTBEAT_SECONDS = 30;
    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;
    private static final int CLOSE_TIMEOUT_MILLIS = 5_000;

    private final AmqpSettings settings;
    private final String role;
    private final Setup setup;
    private final Thread connector;
    private final Object lock = new Object();
    private ConnectionState state = ConnectionState.CONNECTING;
    private BusException failure;
    private Connection connection;

    /** @param role what the connection is for, in log lines: "publisher", "subscriber" */
    BusConnection(AmqpSettings settings, String role, Setup setup) {
        this.settings = settings;
        this.role = role;
        this.setup = setup;
        this.connector = new Thread(this::connectUntilDone, "callglobe-bus-" + role);
        connector.setDaemon(true);
    }

    void start() {
        connector.start();
    }

    ConnectionState state() {
        synchronized (lock) {
            return state;
        }
    }

    BusException failure() {
        synchronized (lock) {
            return failure;
        }
    }

    /**
     * Waits until connected.
     *
     * @return true once connected, false if the timeout passed first or the connection was closed
     * @throws BusException when the link failed for good
     */
    boolean awaitConnected(Duration timeout) throws BusException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (state != ConnectionState.CONNECTED && !state.isFinal()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            if (failure != null) {
                throw failure;
            }
            return state == ConnectionState.CONNECTED;
        }
    }

    /**
     * Gives up for good. Only records the failure, as this may run on one of amqp-client's threads, where closing
     * the connection could deadlock: the owner closes it.
     */
    void fail(BusException cause) {
        synchronized (lock) {
            if (state.isFinal()) {
                return;
            }
            state = ConnectionState.FAILED;
            failure = cause;
            lock.notifyAll();
        }
        LOG.debug("{}: failed: {}", role, cause.getMessage());
    }

    /** Declares the exchange, or only checks that it exists; amq.* exchanges are always only checked. */
    void prepareExchange(Channel channel) throws IOException {
        String exchange = settings.exchange();
        boolean declare = settings.declareExchange() && !exchange.startsWith("amq.");
        try {
            if (declare) {
                channel.exchangeDeclare(exchange, BuiltinExchangeType.TOPIC, true);
            } else {
                channel.exchangeDeclarePassive(exchange);
            }
        } catch (IOException e) {
            int code = BrokerErrors.channelReplyCode(e);
            if (code == AMQP.NOT_FOUND) {
                throw new BusException("exchange '" + exchange + "' does not exist on " + settings.safeUri()
                        + " (it is only checked, not declared, with --no-declare)", e);
            }
            if (code == AMQP.PRECONDITION_FAILED) {
                throw new BusException("exchange '" + exchange + "' exists on " + settings.safeUri()
                        + " with other settings than a durable topic exchange; use it as it is with --no-declare", e);
            }
            throw e;
        }
    }

    /** Closes the connection, or stops trying to make one. */
    @Override
    public void close() {
        Connection open;
        synchronized (lock) {
            if (!state.isFinal()) {
                state = ConnectionState.CLOSED;
            }
            open = connection;
            connection = null;
            lock.notifyAll();
        }
        closeQuietly(open);
    }

    private void connectUntilDone() {
        ConnectionFactory factory;
        try {
            factory = factory();
        } catch (BusException e) {
            fail(e);
            return;
        }
        for (int attempt = 0; !state().isFinal(); attempt++) {
            Connection candidate = null;
            try {
                candidate = factory.newConnection(settings.connectionName());
                watch(candidate);
                setup.prepare(candidate);
                if (adopt(candidate)) {
                    LOG.info("{}: connected to {}", role, settings.safeUri());
                } else {
                    closeQuietly(candidate);
                }
                return;
            } catch (IOException | TimeoutException | ShutdownSignalException e) {
                closeQuietly(candidate);
                BusException refusal = e instanceof BusException bus ? bus : BrokerErrors.refusal(e, settings);
                if (refusal != null) {
                    fail(refusal);
                    return;
                }
                long pause = BACKOFF_MILLIS.get(Math.min(attempt, BACKOFF_MILLIS.size() - 1));
                LOG.warn("{}: cannot connect to {} ({}); retrying in {} ms", role, settings.safeUri(), describe(e),
                        pause);
                pauseUnlessFinished(pause);
            } catch (RuntimeException e) {
                closeQuietly(candidate);
                fail(new BusException("connecting to " + settings.safeUri() + " failed: " + describe(e), e));
            }
        }
    }

    private boolean adopt(Connection candidate) {
        synchronized (lock) {
            if (state.isFinal()) {
                return false;
            }
            connection = candidate;
            state = ConnectionState.CONNECTED;
            lock.notifyAll();
            return true;
        }
    }

    private void watch(Connection candidate) {
        candidate.addShutdownListener(cause -> {
            if (!cause.isInitiatedByApplication() && moveTo(ConnectionState.CONNECTED, ConnectionState.RECONNECTING)) {
                LOG.warn("{}: lost the connection to {} ({}); reconnecting", role, settings.safeUri(),
                        describe(cause));
            }
        });
        ((Recoverable) candidate).addRecoveryListener(new RecoveryListener() {
            @Override
            public void handleRecovery(Recoverable recovered) {
                if (moveTo(ConnectionState.RECONNECTING, ConnectionState.CONNECTED)) {
                    LOG.info("{}: reconnected to {}", role, settings.safeUri());
                }
            }

            @Override
            public void handleRecoveryStarted(Recoverable recovering) {
                // The shutdown listener has already said so.
            }
        });
    }

    private boolean moveTo(ConnectionState from, ConnectionState to) {
        synchronized (lock) {
            if (state != from) {
                return false;
            }
            state = to;
            lock.notifyAll();
            return true;
        }
    }

    private void pauseUnlessFinished(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (lock) {
            try {
                for (long left = millis; !state.isFinal() && left > 0;
                        left = (deadline - System.nanoTime()) / 1_000_000) {
                    lock.wait(left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                state = ConnectionState.CLOSED;
                lock.notifyAll();
            }
        }
    }

    private ConnectionFactory factory() throws BusException {
        ConnectionFactory factory = new ConnectionFactory();
        try {
            // Set before the URI, or amqps would trust any certificate.
            if (settings.uri().getScheme().toLowerCase(Locale.ROOT).equals("amqps")) {
                factory.useSslProtocol(SSLContext.getDefault());
                factory.enableHostnameVerification();
            }
            factory.setUri(settings.uri());
        } catch (GeneralSecurityException | URISyntaxException | IllegalArgumentException e) {
            throw new BusException("cannot use the broker URI " + settings.safeUri() + ": " + e.getMessage(), e);
        }
        factory.setAutomaticRecoveryEnabled(true);
        factory.setTopologyRecoveryEnabled(true);
        factory.setRecoveryDelayHandler(new RecoveryDelayHandler.ExponentialBackoffDelayHandler(BACKOFF_MILLIS));
        factory.setRequestedHeartbeat(HEARTBEAT_SECONDS);
        factory.setConnectionTimeout(CONNECT_TIMEOUT_MILLIS);
        factory.setExceptionHandler(new RecoveryFailures());
        return factory;
    }

    private static void closeQuietly(Connection open) {
        if (open != null) {
            open.abort(CLOSE_TIMEOUT_MILLIS);
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null ? error.getClass().getSimpleName() : message;
    }

    /** Quiet while the broker stays down; fails the link if the queue or consumer cannot be restored. */
    private final class RecoveryFailures extends ForgivingExceptionHandler {
        @Override
        public void handleConnectionRecoveryException(Connection conn, Throwable exception) {
            LOG.debug("{}: reconnecting failed: {}", role, describe(exception));
        }

        @Override
        public void handleTopologyRecoveryException(Connection conn, Channel ch,
                TopologyRecoveryException exception) {
            fail(new BusException("reconnected to " + settings.safeUri() + " but could not restore the exchange, "
                    + "queue or consumer: " + describe(exception.getCause() == null ? exception
                    : exception.getCause()), exception));
        }
    }
}
