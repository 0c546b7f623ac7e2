package io.callglobe.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a simulated Talkdesk event log; the same seed and options always give the same bytes. */
@Command(name = "sample-log-generator", mixinStandardHelpOptions = true,
        description = "Writes a simulated Talkdesk call-event log as JSON Lines (gzipped if OUTPUT ends in .gz).")
public final class SampleLogGenerator implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUTPUT", description = "File to write; .gz for gzipped JSON Lines.")
    private Path output;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--start", defaultValue = "2026-11-20T15:00:00Z",
            description = "First possible call start, ISO-8601 UTC (default: ${DEFAULT-VALUE}).")
    private Instant start;

    @Option(names = "--duration", defaultValue = "PT1H",
            description = "Window in which calls start, ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    private Duration duration;

    @Option(names = "--peak-calls-per-hour", defaultValue = "" + TrafficParameters.DEFAULT_PEAK_CALLS_PER_HOUR,
            description = "Arrival rate were every country at its daily peak (default: ${DEFAULT-VALUE}).")
    private double peakCallsPerHour;

    @Option(names = "--answer-rate", defaultValue = "0.80", description = "Default: ${DEFAULT-VALUE}.")
    private double answerRate;

    @Option(names = "--outbound-share", defaultValue = "0.20", description = "Default: ${DEFAULT-VALUE}.")
    private double outboundShare;

    @Option(names = "--forwarded-share", defaultValue = "0.05", description = "Default: ${DEFAULT-VALUE}.")
    private double forwardedShare;

    @Option(names = "--mobile-share", defaultValue = "0.55", description = "Default: ${DEFAULT-VALUE}.")
    private double mobileShare;

    @Option(names = "--median-talk-time", defaultValue = "PT3M",
            description = "Median talk time, ISO-8601 duration (default: ${DEFAULT-VALUE}).")
    private Duration medianTalkTime;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SampleLogGenerator()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        TrafficParameters parameters = new TrafficParameters(start, start.plus(duration), peakCallsPerHour,
                true, answerRate, outboundShare, forwardedShare, mobileShare, medianTalkTime);
        long events = write(parameters, seed, output);
        System.out.printf("Wrote %d events to %s%n", events, output);
        return 0;
    }

    /** Writes the whole simulated log and returns how many events it holds. */
    public static long write(TrafficParameters parameters, long seed, Path output) throws IOException {
        long count = 0;
        try (TalkdeskEventWriter writer = TalkdeskEventWriter.open(output)) {
            EventTimeline timeline = new EventTimeline(new TrafficModel(parameters, seed));
            while (timeline.hasNext()) {
                writer.write(timeline.next());
                count++;
            }
        }
        return count;
    }
}
