package io.callglobe.cli;

import io.callglobe.bus.EventPublisher;
import io.callglobe.bus.PublisherCounts;
import io.callglobe.events.EventType;
import io.callglobe.sim.CallScript;
import io.callglobe.sim.EventTimeline;
import io.callglobe.sim.ScriptedEvent;
import io.callglobe.sim.TalkdeskEventJson;
import io.callglobe.sim.TalkdeskEventWriter;
import io.callglobe.sim.TrafficModel;
import io.callglobe.sim.TrafficParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Simulate a contact centre's call events (Talkdesk JSON, customers on every continent): publish "
                + "them to RabbitMQ in real time, or write them as a log.",
            "With -o and no --amqp the log is written as fast as possible. With --amqp (or --speed) events go out in "
                + "real time, --speed times faster, and with timestamps from now unless --start says otherwise.",
            "Without --calls or --duration it runs until Ctrl-C or SIGTERM, then waits for the broker's confirms, "
                + "closes the log and exits 0. A summary goes to stderr."})
final class SimulateCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(200);

    @Spec
    CommandSpec spec;

    @Mixin
    AmqpOptions amqp;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE|-",
            description = "Write the events as JSON Lines to FILE (.gz to gzip) or - for stdout.")
    String output;

    @Option(names = "--seed", defaultValue = "1",
            description = "Random seed: the same seed and options give the same calls (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rate", paramLabel = "N/min", converter = Converters.Rate.class,
            description = "Mean arrival rate of calls, steady at every hour, e.g. 60 (per minute), 2/s or 3000/h. "
                    + "Default: each country's calls follow its local time of day, "
                    + (int) TrafficParameters.DEFAULT_PEAK_CALLS_PER_HOUR + "/h were all at their peak.")
    Double callsPerHour;

    @Option(names = "--calls", paramLabel = "N", description = "Stop after N calls, once they have ended.")
    Long calls;

    @Option(names = "--duration", paramLabel = "DURATION", converter = Converters.Span.class,
            description = "Calls start during this span of event time, e.g. 10m; the run ends once they have ended.")
    Duration duration;

    @Option(names = "--start", paramLabel = "INSTANT", converter = Converters.Time.class,
            description = "Event time of the start, ISO-8601, e.g. 2026-11-20T08:00:00Z (default: now).")
    Instant start;

    @Option(names = "--speed", paramLabel = "X",
            description = "Event seconds per real second when paced (default: 1, real time).")
    Double speed;

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter err = spec.commandLine().getErr();
        try (StopSignals stop = StopSignals.install()) {
            EventPublisher publisher = amqp.given() ? EventPublisher.start(amqp.settings("callglobe simulate")) : null;
            Tally tally = new Tally();
            try (TalkdeskEventWriter writer = openOutput()) {
                if (publisher == null || awaitBroker(publisher, stop)) {
                    // Once connected, so that "now" is when the first event can go out.
                    Instant from = (start != null ? start : Instant.now()).truncatedTo(ChronoUnit.SECONDS);
                    run(timeline(from), from, writer, publisher, stop, tally);
                }
            } finally {
                if (publisher != null) {
                    publisher.close();
                }
            }
            report(err, tally, publisher, stop.requested());
            return 0;
        }
    }

    private void validate() {
        if (!amqp.given() && output == null) {
            throw new IllegalArgumentException("nowhere to send the events: give --amqp URI to publish them, "
                    + "-o FILE to write them, or both");
        }
        if (calls != null && calls <= 0) {
            throw new IllegalArgumentException("--calls must be positive, got " + calls);
        }
        if (speed != null && !(speed > 0)) {
            throw new IllegalArgumentException("--speed must be positive, got " + speed);
        }
        if (!paced() && calls == null && duration == null) {
            throw new IllegalArgumentException("without --amqp or --speed the log is written as fast as possible: "
                    + "give --calls N or --duration D to end it");
        }
    }

    private boolean paced() {
        return amqp.given() || speed != null;
    }

    /** Waits for the first connection, which the publisher retries while the broker is not up. */
    private static boolean awaitBroker(EventPublisher publisher, StopSignals stop) throws Exception {
        while (!publisher.awaitConnected(POLL)) {
            if (stop.requested()) {
                return false;
            }
        }
        return true;
    }

    private EventTimeline timeline(Instant from) {
        TrafficParameters parameters = TrafficParameters.between(from, duration != null ? from.plus(duration)
                : Instant.MAX);
        if (callsPerHour != null) {
            parameters = parameters.withSteadyRate(callsPerHour);
        }
        Iterator<CallScript> model = new TrafficModel(parameters, seed);
        return new EventTimeline(calls == null ? model : firstOf(model, calls));
    }

    /** Sends each event when the real clock, started at {@code from} and sped up, reaches its time. */
    private void run(EventTimeline timeline, Instant from, TalkdeskEventWriter writer, EventPublisher publisher,
            StopSignals stop, Tally tally) throws IOException, InterruptedException {
        long wallStart = System.nanoTime();
        double pace = speed == null ? 1 : speed;
        while (!stop.requested() && timeline.hasNext()) {
            if (publisher != null && publisher.failure() != null) {
                throw publisher.failure();
            }
            ScriptedEvent event = timeline.next();
            if (paced()) {
                long dueNanos = wallStart + (long) (Duration.between(from, event.at()).toNanos() / pace);
                long waitNanos = dueNanos - System.nanoTime();
                if (waitNanos > 0) {
                    if (writer != null) {
                        writer.flush();
                    }
                    if (stop.await(Duration.ofNanos(waitNanos))) {
                        break;
                    }
                }
            }
            if (writer != null) {
                writer.write(event);
            }
            if (publisher != null) {
                publisher.publish(event.type().wireName(), TalkdeskEventJson.line(event));
            }
            tally.count(event);
        }
    }

    private TalkdeskEventWriter openOutput() throws IOException {
        if (output == null) {
            return null;
        }
        if (output.equals("-")) {
            return new TalkdeskEventWriter(new KeepOpen(System.out));
        }
        Path file = Path.of(output).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return TalkdeskEventWriter.open(file);
    }

    private void report(PrintWriter err, Tally tally, EventPublisher publisher, boolean interrupted) {
        err.printf("simulate%s: %,d calls started, %,d events%s%n", interrupted ? " (stopped)" : "", tally.calls,
                tally.events, tally.first == null ? "" : " from " + tally.first + " to " + tally.last);
        if (publisher != null) {
            PublisherCounts counts = publisher.counts();
            err.printf("published %,d: confirmed %,d, nacked %,d, unconfirmed %,d; unroutable (no queue bound) %,d; "
                            + "dropped while disconnected %,d%n", counts.published(), counts.confirmed(),
                    counts.nacked(), counts.unconfirmed(), counts.unroutable(), counts.dropped());
        }
        if (output != null && !output.equals("-")) {
            err.printf("wrote %s%n", output);
        }
        err.flush();
    }

    private static Iterator<CallScript> firstOf(Iterator<CallScript> calls, long limit) {
        return new Iterator<>() {
            private long taken;

            @Override
            public boolean hasNext() {
                return taken < limit && calls.hasNext();
            }

            @Override
            public CallScript next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                taken++;
                return calls.next();
            }
        };
    }

    /** What went out. */
    private static final class Tally {
        long calls;
        long events;
        Instant first;
        Instant last;

        void count(ScriptedEvent event) {
            first = first == null ? event.at() : first;
            events++;
            calls += event.type() == EventType.CALL_INITIATED ? 1 : 0;
            last = event.at();
        }
    }

    /** Standard output for the event writer, which must not close it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
