package io.callglobe.bus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AlreadyClosedException;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real RabbitMQ the tests run against, at 127.0.0.1:5672 as guest (scripts/install-system-deps starts it):
 * hands out unique exchange and queue names and deletes them afterwards.
 */
public final class TestBroker implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    public static final String URI = "amqp://guest:guest@127.0.0.1:5672";
    private static final Duration CONFIRM_WAIT = Duration.ofSeconds(10);

    private Connection admin;
    private Channel channel;
    private final List<String> exchanges = new ArrayList<>();
    private final List<String> queues = new ArrayList<>();

    /** Unconnected: as a {@code @RegisterExtension} field it connects before each test and cleans up after it. */
    public TestBroker() {
    }

    public static TestBroker connect() throws Exception {
        TestBroker broker = new TestBroker();
        broker.open();
        return broker;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        open();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
    }

    private void open() throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setUri(URI);
        admin = factory.newConnection("callglobe-test-admin");
        channel = admin.createChannel();
    }

    public static String uniqueName(String what) {
        return "callglobe-test-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh exchange name, deleted on close; the code under test declares it. */
    public String exchange() {
        String name = uniqueName("exchange");
        exchanges.add(name);
        return name;
    }

    /** A fresh queue name, deleted on close. */
    public String queue() {
        String name = uniqueName("queue");
        queues.add(name);
        return name;
    }

    /** Settings for a fresh exchange, declared if absent, with a connection name of their own. */
    public AmqpSettings settings() {
        return AmqpSettings.of(URI).withExchange(exchange(), true).withConnectionName(uniqueName("connection"));
    }

    public Channel channel() {
        return channel;
    }

    public void publish(String exchange, String routingKey, String body) throws IOException {
        channel.basicPublish(exchange, routingKey, new AMQP.BasicProperties.Builder().build(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Publishes the lines as the simulator does, through an {@link EventPublisher} (on a connection of its own,
     * named after the settings' one), and waits until the broker has confirmed every one and routed it to a queue.
     *
     * @param pause how long to wait after each line; zero to send them back to back
     */
    public static void publishConfirmed(AmqpSettings settings, List<SimulatedLine> lines, Duration pause)
            throws BusException, InterruptedException {
        AmqpSettings own = settings.withConnectionName(settings.connectionName() + "-publisher");
        try (EventPublisher publisher = EventPublisher.start(own)) {
            assertTrue(publisher.awaitConnected(CONFIRM_WAIT), "the publisher connects");
            for (SimulatedLine line : lines) {
                assertTrue(publisher.publish(line.name(), line.line()), () -> "published: " + publisher.counts());
                Thread.sleep(pause.toMillis());
            }
            assertTrue(publisher.awaitConfirms(CONFIRM_WAIT), () -> "confirmed: " + publisher.counts());
            long sent = lines.size();
            assertEquals(new PublisherCounts(sent, sent, 0, 0, 0), publisher.counts(), "confirmed and routed");
        }
    }

    /** Asks on a channel of its own, as the broker closes the channel that asks for a missing exchange. */
    public boolean exchangeExists(String exchange) throws IOException, TimeoutException {
        try (Channel probe = admin.createChannel()) {
            probe.exchangeDeclarePassive(exchange);
            return true;
        } catch (IOException e) {
            return false;
        } catch (AlreadyClosedException closedByTheBroker) {
            return false;
        }
    }

    public long messagesIn(String queue) throws IOException {
        return channel.queueDeclarePassive(queue).getMessageCount();
    }

    /** Has the broker close the named client connection, as an operator or a broker restart would. */
    public static void closeConnection(String connectionName) throws IOException, InterruptedException {
        String listing = rabbitmqctl("-q", "list_connections", "pid", "client_properties");
        String pid = listing.lines().filter(line -> line.contains("\"" + connectionName + "\""))
                .map(line -> line.substring(0, line.indexOf('\t'))).findFirst()
                .orElseThrow(() -> new AssertionError("no connection named " + connectionName + " in:\n" + listing));
        rabbitmqctl("close_connection", pid, "closed by a callglobe test");
    }

    /** Waits until the condition holds, polling; fails with the message after the timeout. */
    public static void eventually(Duration timeout, BooleanSupplier condition, Supplier<String> message)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail(message.get());
            }
            Thread.sleep(10);
        }
    }

    @Override
    public void close() throws IOException {
        for (String queue : queues) {
            channel.queueDelete(queue);
        }
        for (String exchange : exchanges) {
            channel.exchangeDelete(exchange);
        }
        admin.close();
    }

    /** rabbitmqctl comes with rabbitmq-server; as root it runs itself as the rabbitmq user. */
    private static String rabbitmqctl(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("rabbitmqctl"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("rabbitmqctl is needed to close a connection from the broker's side; it comes "
                    + "with rabbitmq-server (scripts/install-system-deps)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("rabbitmqctl " + String.join(" ", arguments) + " did not finish");
        }
        assertEquals(0, process.exitValue(), () -> "rabbitmqctl " + String.join(" ", arguments) + ":\n" + output);
        return output;
    }

    /** Arguments for a queue that dead-letters what its consumers reject to the exchange given. */
    public static Map<String, Object> deadLetteringTo(String exchange) {
        return Map.of("x-dead-letter-exchange", exchange);
    }
}
