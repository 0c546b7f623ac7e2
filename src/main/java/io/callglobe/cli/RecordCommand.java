package io.callglobe.cli;

import io.callglobe.bus.AmqpSettings;
import io.callglobe.bus.EventRecorder;
import io.callglobe.bus.EventSubscriber;
import io.callglobe.bus.SubscriberCounts;
import io.callglobe.events.EventProblems;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "record", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Record the call events on RabbitMQ to JSON Lines logs that render and snapshot read: each "
                + "message's JSON as received, one a line.",
            "Each message is acknowledged once written; lines reach the file every second. Messages that are not "
                + "JSON objects are counted and rejected (dead-lettered if the queue has a dead-letter exchange).",
            "Runs until Ctrl-C or SIGTERM, then acknowledges what it wrote, closes the files and exits 0."})
final class RecordCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(200);

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--keep", paramLabel = "DAYS", converter = Converters.WholeDays.class,
            description = "With --dir: delete the files of days more than this many days before the newest, e.g. "
                    + "90d; other files in the folder are never touched (default: keep every day).")
    Integer keep;

    @Mixin
    AmqpOptions amqp;

    @Mixin
    QueueOptions queue;

    static final class Target {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE.jsonl[.gz]",
                description = "Append to this file (gzipped if it ends in .gz).")
        Path file;

        @Option(names = "--dir", paramLabel = "DIR",
                description = "Append to one file a day, DIR/calls-YYYY-MM-DD.jsonl: the UTC day of each event's "
                        + "timestamp (of its receipt when it has none).")
        Path dir;
    }

    @Override
    public Integer call() throws Exception {
        if (keep != null && target.dir == null) {
            throw new IllegalArgumentException("--keep needs --dir: a single file is never deleted");
        }
        AmqpSettings settings = queue.applyTo(amqp.settings("callglobe record"));
        EventProblems problems = new EventProblems();
        try (StopSignals stop = StopSignals.install();
             EventRecorder recorder = target.file != null ? EventRecorder.toFile(target.file)
                     : EventRecorder.daily(target.dir, keep == null ? 0 : keep)) {
            EventSubscriber subscriber = EventSubscriber.start(settings, problems, recorder);
            try {
                while (!stop.await(POLL) && subscriber.failure() == null) {
                    // Recording happens on the subscriber's thread.
                }
            } finally {
                subscriber.close();
            }
            if (subscriber.failure() != null) {
                throw subscriber.failure();
            }
            report(spec.commandLine().getErr(), subscriber.counts(), recorder, problems);
            return 0;
        }
    }

    private static void report(PrintWriter err, SubscriberCounts counts, EventRecorder recorder,
            EventProblems problems) {
        err.printf("recorded %,d events%s; %,d messages received, %,d malformed rejected%n", recorder.linesWritten(),
                recorder.files().isEmpty() ? "" : " to " + recorder.files().stream().map(Path::toString)
                        .collect(Collectors.joining(", ")), counts.delivered(), counts.rejected());
        if (!problems.isEmpty()) {
            err.println("skipped/odd input:");
            err.println(problems.summary().indent(2).stripTrailing());
        }
        err.flush();
    }
}
