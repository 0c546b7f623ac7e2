package io.callglobe.bus;

import static io.callglobe.bus.TestBroker.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rabbitmq.client.BuiltinExchangeType;
import com.rabbitmq.client.GetResponse;
import io.callglobe.events.EventProblems;
import io.callglobe.events.ProblemKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Publisher and subscriber against the real broker. */
class EventBusTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant START = Instant.parse("2026-11-20T15:00:00Z");

    @RegisterExtension
    final TestBroker broker = new TestBroker();
    private final EventProblems problems = new EventProblems();
    private final List<ReceivedEvent> received = new CopyOnWriteArrayList<>();

    @Test
    void aSubscriberReceivesExactlyThePublishedLinesInOrderRoutedByEventName() throws Exception {
        AmqpSettings settings = broker.settings();
        List<SimulatedLine> sent = SimulatedLine.take(300, START);
        PublisherCounts counts;
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add)) {
            assertTrue(subscriber.awaitConnected(WAIT));
            try (EventPublisher publisher = EventPublisher.start(settings)) {
                assertTrue(publisher.awaitConnected(WAIT));
                for (SimulatedLine line : sent) {
                    assertTrue(publisher.publish(line.name(), line.line()));
                }
                assertTrue(publisher.awaitConfirms(WAIT));
                counts = publisher.counts();
            }
            eventually(WAIT, () -> subscriber.counts().handled() >= sent.size(), () -> subscriber.counts().toString());
            assertEquals(new SubscriberCounts(sent.size(), sent.size(), 0), subscriber.counts());
        }

        assertEquals(new PublisherCounts(sent.size(), sent.size(), 0, 0, 0), counts);
        assertEquals(sent.stream().map(SimulatedLine::line).toList(), received.stream().map(ReceivedEvent::line).toList());
        assertEquals(sent.stream().map(SimulatedLine::name).toList(),
                received.stream().map(ReceivedEvent::routingKey).toList());
        assertEquals(sent.stream().map(SimulatedLine::name).toList(),
                received.stream().map(event -> event.event().type().wireName()).toList());
        assertTrue(problems.isEmpty(), problems.summary());
    }

    @Test
    void theBindingKeySelectsEventsByName() throws Exception {
        AmqpSettings settings = broker.settings().withBindingKey("call_initiated");
        List<SimulatedLine> sent = SimulatedLine.take(60, START);
        List<String> initiated = sent.stream().filter(line -> line.name().equals("call_initiated"))
                .map(SimulatedLine::line).toList();
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add);
             EventPublisher publisher = EventPublisher.start(settings)) {
            assertTrue(subscriber.awaitConnected(WAIT) && publisher.awaitConnected(WAIT));
            sent.forEach(line -> publisher.publish(line.name(), line.line()));
            assertTrue(publisher.awaitConfirms(WAIT));
            eventually(WAIT, () -> received.size() >= initiated.size(), () -> received.size() + " received");
            // Routed to no queue at all: counted, still confirmed.
            assertEquals(sent.size() - initiated.size(), publisher.counts().unroutable());
        }
        assertEquals(initiated, received.stream().map(ReceivedEvent::line).toList());
    }

    @Test
    void publisherWaitsForTheConfirmsOfEverythingItSentWhenClosed() throws Exception {
        AmqpSettings settings = broker.settings();
        List<SimulatedLine> sent = SimulatedLine.take(3_000, START);
        EventPublisher publisher = EventPublisher.start(settings);
        assertTrue(publisher.awaitConnected(WAIT));
        sent.forEach(line -> publisher.publish(line.name(), line.line()));
        publisher.close();

        PublisherCounts counts = publisher.counts();
        assertEquals(sent.size(), counts.published());
        assertEquals(sent.size(), counts.confirmed());
        assertEquals(0, counts.unconfirmed());
        assertEquals(ConnectionState.CLOSED, publisher.state());
    }

    @Test
    void checkingOnlyAMissingExchangeFailsWithAClearMessage() throws Exception {
        String missing = broker.exchange();
        AmqpSettings settings = AmqpSettings.of(TestBroker.URI).withExchange(missing, false);
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add);
             EventPublisher publisher = EventPublisher.start(settings)) {
            BusException refused = assertThrows(BusException.class, () -> subscriber.awaitConnected(WAIT));
            assertEquals("exchange '" + missing + "' does not exist on amqp://guest:***@127.0.0.1:5672 (it is only "
                    + "checked, not declared, with --no-declare)", refused.getMessage());
            assertThrows(BusException.class, () -> publisher.awaitConnected(WAIT));
            assertEquals(ConnectionState.FAILED, subscriber.state());
        }
        assertFalse(broker.exchangeExists(missing), "checking must not declare");
    }

    @Test
    void wrongCredentialsFailAtOnceWithoutRetrying() throws Exception {
        AmqpSettings settings = AmqpSettings.of("amqp://guest:wrong@127.0.0.1:5672");
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add)) {
            BusException refused = assertThrows(BusException.class, () -> subscriber.awaitConnected(WAIT));
            assertTrue(refused.getMessage().startsWith("the broker at amqp://guest:***@127.0.0.1:5672 refused"),
                    refused.getMessage());
        }
    }

    @Test
    void aMalformedMessageIsCountedAndRejectedWithoutRequeueing() throws Exception {
        AmqpSettings settings = broker.settings().withQueue(broker.queue());
        SimulatedLine good = SimulatedLine.take(1, START).get(0);
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add)) {
            assertTrue(subscriber.awaitConnected(WAIT));
            broker.publish(settings.exchange(), "call_initiated", "{\"event\": \"call_initiated\", oops");
            broker.publish(settings.exchange(), good.name(), good.line());
            eventually(WAIT, () -> subscriber.counts().handled() == 1, () -> subscriber.counts().toString());
            assertEquals(new SubscriberCounts(2, 1, 1), subscriber.counts());
        }

        assertEquals(List.of(good.line()), received.stream().map(ReceivedEvent::line).toList());
        assertEquals(1, problems.count(ProblemKind.MALFORMED_LINE));
        assertEquals(1, problems.total());
        assertEquals(0, broker.messagesIn(settings.queue()));
    }

    @Test
    void anExistingQueueIsUsedAsItIsAndDeadLettersWhatIsRejected() throws Exception {
        AmqpSettings settings = broker.settings().withQueue(broker.queue());
        String deadLetters = broker.exchange();
        String deadLetterQueue = broker.queue();
        broker.channel().exchangeDeclare(deadLetters, BuiltinExchangeType.FANOUT);
        broker.channel().queueDeclare(deadLetterQueue, false, false, false, null);
        broker.channel().queueBind(deadLetterQueue, deadLetters, "");
        broker.channel().queueDeclare(settings.queue(), true, false, false, TestBroker.deadLetteringTo(deadLetters));

        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add)) {
            assertTrue(subscriber.awaitConnected(WAIT));
            broker.publish(settings.exchange(), "call_missed", "not json at all");
            eventually(WAIT, () -> subscriber.counts().rejected() == 1, () -> subscriber.counts().toString());
        }

        GetResponse deadLetter = broker.channel().basicGet(deadLetterQueue, true);
        assertEquals("not json at all", new String(deadLetter.getBody(), StandardCharsets.UTF_8));
        assertEquals(0, broker.messagesIn(settings.queue()));
        assertTrue(received.isEmpty());
    }

    @Test
    void jsonTheGlobeCannotDrawIsCountedButStillHandedOverOnOneLine() throws Exception {
        AmqpSettings settings = broker.settings();
        String unknown = "{\"event\": \"agent_status_changed\",\n  \"timestamp\": \"2026-11-20T15:00:00Z\"}\n";
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, received::add)) {
            assertTrue(subscriber.awaitConnected(WAIT));
            broker.publish(settings.exchange(), "agent_status_changed", unknown);
            eventually(WAIT, () -> subscriber.counts().handled() == 1, () -> subscriber.counts().toString());
            assertEquals(new SubscriberCounts(1, 1, 0), subscriber.counts());
        }

        assertEquals("{\"event\": \"agent_status_changed\",   \"timestamp\": \"2026-11-20T15:00:00Z\"}",
                received.get(0).line());
        assertNull(received.get(0).event());
        assertEquals(1, problems.count(ProblemKind.UNKNOWN_EVENT_TYPE));
    }

    @Test
    void aHandlerThatFailsPutsTheMessageBackAndFailsTheSubscriber() throws Exception {
        AmqpSettings settings = broker.settings().withQueue(broker.queue());
        SimulatedLine line = SimulatedLine.take(1, START).get(0);
        try (EventSubscriber subscriber = EventSubscriber.start(settings, problems, event -> {
            throw new IOException("No space left on device");
        })) {
            assertTrue(subscriber.awaitConnected(WAIT));
            broker.publish(settings.exchange(), line.name(), line.line());
            eventually(WAIT, () -> subscriber.failure() != null, () -> subscriber.counts().toString());
            assertEquals("could not handle an event: No space left on device", subscriber.failure().getMessage());
            assertEquals(ConnectionState.FAILED, subscriber.state());
        }
        assertEquals(1, broker.messagesIn(settings.queue()));
    }
}
