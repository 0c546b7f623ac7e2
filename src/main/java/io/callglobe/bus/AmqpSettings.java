package io.callglobe.bus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where callglobe meets the call events on RabbitMQ: one topic exchange, each event published with its name
 * ({@code call_initiated}...) as routing key.
 *
 * @param uri             {@code amqp://} or {@code amqps://} with user, password and virtual host, e.g.
 *                        {@code amqp://guest:guest@localhost:5672/%2f}; amqps verifies the broker's certificate
 *                        against the JVM's trust store
 * @param exchange        the topic exchange the events go through
 * @param declareExchange declare the exchange (durable, topic) if absent; false only checks that it exists
 * @param bindingKey      which routing keys a subscriber receives: {@code #} for all
 * @param queue           a subscriber's durable queue, kept by the broker while nobody consumes (created if absent,
 *                        used as it is if present); null for an exclusive queue that goes away with the connection
 * @param prefetch        how many unacknowledged messages a subscriber holds at most
 * @param connectionName  how the connection shows in the broker's connection list
 */
public record AmqpSettings(URI uri, String exchange, boolean declareExchange, String bindingKey, String queue,
        int prefetch, String connectionName) {

    public static final String DEFAULT_EXCHANGE = "calls";
    public static final String DEFAULT_BINDING_KEY = "#";
    public static final int DEFAULT_PREFETCH = 250;
    private static final String DEFAULT_CONNECTION_NAME = "callglobe";
    private static final int MAX_PREFETCH = 65_535;

    public AmqpSettings {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("amqp") && !scheme.equals("amqps")) {
            throw new IllegalArgumentException("the broker URI must start with amqp:// or amqps://, got '"
                    + safe(uri) + "'");
        }
        requireName(exchange, "exchange");
        requireName(bindingKey, "binding key");
        if (queue != null) {
            requireName(queue, "queue");
        }
        if (prefetch < 1 || prefetch > MAX_PREFETCH) {
            throw new IllegalArgumentException("prefetch must be between 1 and " + MAX_PREFETCH + ", got " + prefetch);
        }
        requireName(connectionName, "connection name");
    }

    /** The defaults: exchange {@value #DEFAULT_EXCHANGE}, declared if absent, every routing key, an exclusive queue. */
    public static AmqpSettings of(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid broker URI (expected amqp://user:password@host:port/vhost): "
                    + e.getReason());
        }
        return new AmqpSettings(parsed, DEFAULT_EXCHANGE, true, DEFAULT_BINDING_KEY, null, DEFAULT_PREFETCH,
                DEFAULT_CONNECTION_NAME);
    }

    public AmqpSettings withExchange(String name, boolean declare) {
        return new AmqpSettings(uri, name, declare, bindingKey, queue, prefetch, connectionName);
    }

    public AmqpSettings withBindingKey(String key) {
        return new AmqpSettings(uri, exchange, declareExchange, key, queue, prefetch, connectionName);
    }

    /** @param name a durable queue, or null for an exclusive auto-deleted one */
    public AmqpSettings withQueue(String name) {
        return new AmqpSettings(uri, exchange, declareExchange, bindingKey, name, prefetch, connectionName);
    }

    public AmqpSettings withPrefetch(int messages) {
        return new AmqpSettings(uri, exchange, declareExchange, bindingKey, queue, messages, connectionName);
    }

    public AmqpSettings withConnectionName(String name) {
        return new AmqpSettings(uri, exchange, declareExchange, bindingKey, queue, prefetch, name);
    }

    /** The URI with its password masked, for messages and logs. */
    public String safeUri() {
        return safe(uri);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "AmqpSettings[" + safeUri() + ", exchange " + exchange + (declareExchange ? "" : " (checked only)")
                + ", binding key " + bindingKey + ", queue " + (queue == null ? "(exclusive)" : queue)
                + ", prefetch " + prefetch + "]";
    }

    private static String safe(URI uri) {
        String userInfo = uri.getRawUserInfo();
        if (userInfo == null || !userInfo.contains(":")) {
            return uri.toString();
        }
        String user = userInfo.substring(0, userInfo.indexOf(':'));
        return uri.toString().replace(userInfo + "@", user + ":***@");
    }

    private static void requireName(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
    }
}
