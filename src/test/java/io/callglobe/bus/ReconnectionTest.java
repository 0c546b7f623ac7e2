package io.callglobe.bus;

import static io.callglobe.bus.TestBroker.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.callglobe.events.EventProblems;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The link to the broker outlives the broker: down at start, or closing the connection later. */
class ReconnectionTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Instant START = Instant.parse("2026-11-20T15:00:00Z");

    @RegisterExtension
    final TestBroker broker = new TestBroker();
    private final EventProblems problems = new EventProblems();
    private final List<ReceivedEvent> received = new CopyOnWriteArrayList<>();

    @Test
    void theSubscriberResumesReceivingAfterTheBrokerClosesItsConnection() throws Exception {
        AmqpSettings settings = broker.settings();
        List<SimulatedLine> lines = SimulatedLine.take(100, START);
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add)) {
            assertTrue(subscriber.awaitConnected(WAIT));
            List<ConnectionState> states = watchStates(subscriber);
            publish(settings, lines.subList(0, 50));
            eventually(WAIT, () -> received.size() == 50, () -> received.size() + " received before closing");

            TestBroker.closeConnection(settings.connectionName());
            eventually(WAIT, () -> states.contains(ConnectionState.RECONNECTING), states::toString);
            assertTrue(subscriber.awaitConnected(WAIT), "reconnected");
            // The exclusive queue went with the old connection: the new one is bound again.
            publish(settings, lines.subList(50, 100));
            eventually(WAIT, () -> received.size() == 100, () -> received.size() + " received in all");

            assertEquals(List.of(ConnectionState.CONNECTED, ConnectionState.RECONNECTING, ConnectionState.CONNECTED),
                    states);
            assertNull(subscriber.failure());
        }
        assertEquals(lines.stream().map(SimulatedLine::line).toList(),
                received.stream().map(ReceivedEvent::line).toList());
    }

    @Test
    void aBrokerThatIsNotUpAtStartIsTriedAgainUntilItIs() throws Exception {
        int port = TcpRelay.freePort();
        AmqpSettings settings = AmqpSettings.of("amqp://guest:guest@127.0.0.1:" + port)
                .withExchange(broker.exchange(), true);
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add)) {
            assertFalse(subscriber.awaitConnected(Duration.ofMillis(1_200)));
            assertEquals(ConnectionState.CONNECTING, subscriber.state());
            try (TcpRelay brokerComesUp = TcpRelay.open(port, 5672)) {
                assertTrue(subscriber.awaitConnected(WAIT));
                publish(settings, SimulatedLine.take(3, START));
                eventually(WAIT, () -> received.size() == 3, () -> received.size() + " received");
            }
        }
    }

    private void publish(AmqpSettings settings, List<SimulatedLine> lines) throws Exception {
        for (SimulatedLine line : lines) {
            broker.publish(settings.exchange(), line.name(), line.line());
        }
    }

    /** Every state the subscriber goes through from now on, sampled often enough to catch a reconnection. */
    private static List<ConnectionState> watchStates(EventSubscriber subscriber) {
        List<ConnectionState> states = new CopyOnWriteArrayList<>(List.of(subscriber.state()));
        Thread watcher = new Thread(() -> {
            while (!subscriber.state().isFinal()) {
                ConnectionState now = subscriber.state();
                if (now != states.get(states.size() - 1)) {
                    states.add(now);
                }
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "state-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return states;
    }
}
