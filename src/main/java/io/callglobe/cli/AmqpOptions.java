package io.callglobe.cli;

import io.callglobe.bus.AmqpSettings;
import picocli.CommandLine.Option;

/** Where the call events are on RabbitMQ: shared by the commands that publish or consume them. */
final class AmqpOptions {
    @Option(names = "--amqp", paramLabel = "URI",
            description = "RabbitMQ broker: amqp[s]://user:password@host[:port][/vhost], "
                    + "e.g. amqp://guest:guest@localhost:5672.")
    String uri;

    @Option(names = "--exchange", paramLabel = "NAME", defaultValue = AmqpSettings.DEFAULT_EXCHANGE,
            description = "Topic exchange of the call events, routing key = event name; declared (durable) if "
                    + "absent (default: ${DEFAULT-VALUE}).")
    String exchange;

    @Option(names = "--no-declare", description = "Only check that the exchange exists; never declare it.")
    boolean noDeclare;

    boolean given() {
        return uri != null;
    }

    /** @param connectionName how the connection shows on the broker, e.g. "callglobe record" */
    AmqpSettings settings(String connectionName) {
        if (uri == null) {
            throw new IllegalArgumentException("--amqp URI is needed, e.g. --amqp amqp://guest:guest@localhost:5672");
        }
        return AmqpSettings.of(uri).withExchange(exchange, !noDeclare).withConnectionName(connectionName);
    }
}
