package io.callglobe.cli;

import io.callglobe.bus.AmqpSettings;
import picocli.CommandLine.Option;

/** Which events a consuming command receives, and through which queue. */
final class QueueOptions {
    @Option(names = "--binding-key", paramLabel = "KEY", defaultValue = AmqpSettings.DEFAULT_BINDING_KEY,
            description = "Routing keys to receive, e.g. call_* or # for all (default: ${DEFAULT-VALUE}).")
    String bindingKey;

    @Option(names = "--queue", paramLabel = "NAME",
            description = "Durable queue to consume, created if absent and used as it is if present: the broker keeps "
                    + "the events while nobody consumes. Default: an exclusive queue that lives as long as the "
                    + "connection.")
    String queue;

    @Option(names = "--prefetch", paramLabel = "N", defaultValue = "" + AmqpSettings.DEFAULT_PREFETCH,
            description = "Unacknowledged messages held at most (default: ${DEFAULT-VALUE}).")
    int prefetch;

    AmqpSettings applyTo(AmqpSettings settings) {
        return settings.withBindingKey(bindingKey).withQueue(queue).withPrefetch(prefetch);
    }
}
