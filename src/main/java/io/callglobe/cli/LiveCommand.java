package io.callglobe.cli;

import io.callglobe.bus.EventRecorder;
import io.callglobe.events.EventProblems;
import io.callglobe.geo.PhoneLocator;
import io.callglobe.live.AmqpEventSource;
import io.callglobe.live.LiveEventSource;
import io.callglobe.live.LiveService;
import io.callglobe.live.LiveSettings;
import io.callglobe.live.LiveStatus;
import io.callglobe.live.SimulatedEventSource;
import io.callglobe.live.SnapshotSchedule;
import io.callglobe.sim.TrafficParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;

@Command(name = "live", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Run the wall display: draw the calls in progress in real time, as their events arrive, and serve "
                    + "the frames over HTTP, write them raw to stdout, or save PNG snapshots on a schedule.",
            "",
            "HTTP endpoints (--serve): / the kiosk page (full screen, reconnects by itself), /stream.mjpg the "
                    + "MJPEG stream, /snapshot.png the newest frame, /healthz status as JSON (never needs the "
                    + "token), /metrics for Prometheus."},
        footer = {
            "",
            "Raw frames (-o -) are RGBA, top row first, back to back, exactly FPS frames per second of wall time "
                    + "(a frame the renderer had to drop is repeated), so ffmpeg reads them as they come. Give "
                    + "ffmpeg the same -s and -r as --size and --fps; at the defaults:",
            "  callglobe live --simulate -o - \\",
            "    | ffmpeg -f rawvideo -pix_fmt rgba -s 1280x720 -r 30 -i - \\",
            "        -c:v libx264 -preset veryfast -pix_fmt yuv420p -f flv \\",
            "        rtmp://HOST/live/KEY",
            "",
            "Snapshot schedules are UNIX cron expressions (minute hour day month weekday) in the --tz zone; six "
                    + "fields put seconds first. Files are named by the scheduled time in UTC, e.g. "
                    + "callglobe-2026-11-20T15-30-00Z.png. Examples:",
            "  --snapshot-cron '*/15 * * * *'     every quarter hour",
            "  --snapshot-cron '0 9 * * 1-5'      9 am on weekdays",
            "  --snapshot-cron '*/10 * * * * *'   every ten seconds"})
final class LiveCommand implements Callable<Integer> {
    private static final Duration POLL = Duration.ofMillis(100);

    @Spec
    CommandSpec spec;

    @Option(names = "--simulate", description = "Draw simulated, realistic contact-centre traffic, starting with "
            + "the calls a half-hour of it leaves in progress (no broker needed).")
    boolean simulate;

    @Mixin
    AmqpOptions amqp;

    @Mixin
    QueueOptions queue;

    @Option(names = "--record", paramLabel = "DIR",
            description = "Append every event received from the broker, as received, to one file a day: "
                    + "DIR/calls-YYYY-MM-DD.jsonl, replayable by render.")
    Path record;

    @Option(names = "--record-keep", paramLabel = "DAYS", converter = Converters.WholeDays.class,
            description = "Delete the --record files of days more than this many days before the newest, e.g. 90d; "
                    + "other files in the folder are never touched (default: keep every day).")
    Integer recordKeep;

    @Option(names = "--sim-calls-per-hour", paramLabel = "N",
            defaultValue = "" + TrafficParameters.DEFAULT_PEAK_CALLS_PER_HOUR,
            description = "Simulated arrival rate were every country at its daily peak (default: ${DEFAULT-VALUE}).")
    double simCallsPerHour;

    @Option(names = "--sim-seed", paramLabel = "N", defaultValue = "1",
            description = "Seed of the simulated traffic (default: ${DEFAULT-VALUE}).")
    long simSeed;

    @Option(names = "--bootstrap", paramLabel = "LOG",
            description = "A recorded log (.jsonl or .jsonl.gz) replayed up to now before going live, so that "
                    + "calls already in progress are drawn. Repeat it for several logs, oldest first.")
    List<Path> bootstrap = new ArrayList<>();

    @Option(names = "--fps", paramLabel = "N", defaultValue = "" + LiveSettings.DEFAULT_FPS,
            description = "Frames per second; frames that cannot be drawn in time are dropped "
                    + "(default: ${DEFAULT-VALUE}).")
    int fps;

    @Option(names = "--serve", paramLabel = "[HOST:]PORT", converter = Converters.Listen.class,
            description = "Serve the display over HTTP. HOST defaults to 127.0.0.1; 0.0.0.0 listens on every "
                    + "interface.")
    InetSocketAddress serve;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:CALLGLOBE_TOKEN}",
            description = "Require 'Authorization: Bearer TOKEN', or ?token=TOKEN in a browser's address, on every "
                    + "endpoint but /healthz (default: $CALLGLOBE_TOKEN, which keeps it out of the process list).")
    String token;

    @Option(names = "--max-clients", paramLabel = "N",
            defaultValue = "" + LiveSettings.HttpOptions.DEFAULT_MAX_STREAM_CLIENTS,
            description = "MJPEG viewers at once; more are refused (default: ${DEFAULT-VALUE}).")
    int maxClients;

    @Option(names = "--jpeg-quality", paramLabel = "Q", defaultValue = "" + LiveSettings.HttpOptions.DEFAULT_JPEG_QUALITY,
            description = "JPEG quality of the stream, 0..1 (default: ${DEFAULT-VALUE}).")
    float jpegQuality;

    @Option(names = {"-o", "--output"}, paramLabel = "-",
            description = "Write raw RGBA frames to stdout (only - is accepted); see below.")
    String output;

    @Option(names = "--snapshot-cron", paramLabel = "EXPR",
            description = "Save the newest frame as a PNG on this cron schedule (see below).")
    String snapshotCron;

    @Option(names = "--snapshot-dir", paramLabel = "DIR", description = "Where scheduled snapshots are saved.")
    Path snapshotDir;

    @Option(names = "--snapshot-keep", paramLabel = "DURATION", converter = Converters.Span.class,
            description = "Delete scheduled snapshots this much older than the newest, e.g. 30d; other files in "
                    + "the folder are never touched (default: keep every snapshot).")
    Duration snapshotKeep;

    @Mixin
    SceneOptions scene;

    /** Where it cannot be told, not a terminal: a pipe is what -o - is for. */
    BooleanSupplier stdoutIsTerminal = () -> Terminals.isTerminal(Terminals.STDOUT, false);

    @Override
    public Integer call() throws Exception {
        if (simulate == amqp.given()) {
            throw new IllegalArgumentException("live needs one event source: --amqp URI, or --simulate");
        }
        if (record != null && simulate) {
            throw new IllegalArgumentException("--record keeps the events received from --amqp");
        }
        if (recordKeep != null && record == null) {
            throw new IllegalArgumentException("--record-keep needs --record");
        }
        LiveSettings settings = settings();
        EventProblems problems = new EventProblems();
        Clock clock = Clock.systemUTC();
        PrintWriter err = spec.commandLine().getErr();
        String stopReason;
        try (StopSignals stop = StopSignals.install();
             EventRecorder recorder = record == null ? null
                     : EventRecorder.daily(record, recordKeep == null ? 0 : recordKeep);
             LiveEventSource source = simulate
                     ? new SimulatedEventSource(simCallsPerHour, simSeed, SimulatedEventSource.DEFAULT_WARM_UP, clock)
                     : new AmqpEventSource(queue.applyTo(amqp.settings("callglobe live")), problems, recorder);
             LiveService service = LiveService.start(settings, source, problems, PhoneLocator.load(), clock)) {
            if (service.httpAddress() != null) {
                err.printf("serving http://%s/%n", hostAndPort(service.httpAddress()));
                err.flush();
            }
            while (!stop.await(POLL) && service.running() && sourceFailure(source) == null) {
                // Frames are drawn and served on the service's own threads.
            }
            stopReason = sourceFailure(source) != null ? sourceFailure(source).getMessage() : service.stopReason();
            service.close();
            report(err, service.status(), problems);
        }
        if (stopReason != null) {
            err.println("callglobe: " + stopReason);
            return 1;
        }
        return 0;
    }

    private static Exception sourceFailure(LiveEventSource source) {
        return source instanceof AmqpEventSource broker ? broker.failure() : null;
    }

    private LiveSettings settings() throws FileSystemException {
        for (Path log : bootstrap) {
            LogInput.requireLogFile(log, "");
        }
        if (output != null && !output.equals("-")) {
            throw new IllegalArgumentException("-o takes only -, for raw frames on stdout; got '" + output + "'");
        }
        if (output != null && stdoutIsTerminal.getAsBoolean()) {
            throw new IllegalArgumentException("-o - writes raw video frames (about 110 MB a second at 1280x720, 30 "
                    + "fps): pipe them into a program such as ffmpeg (see --help), not into a terminal");
        }
        if ((snapshotCron == null) != (snapshotDir == null)) {
            throw new IllegalArgumentException("--snapshot-cron and --snapshot-dir go together");
        }
        if (snapshotKeep != null && snapshotCron == null) {
            throw new IllegalArgumentException("--snapshot-keep needs --snapshot-cron and --snapshot-dir");
        }
        LiveSettings.HttpOptions http = serve == null ? null
                : new LiveSettings.HttpOptions(serve, token, maxClients, jpegQuality);
        LiveSettings.SnapshotOptions snapshots = snapshotCron == null ? null
                : new LiveSettings.SnapshotOptions(SnapshotSchedule.parse(snapshotCron, scene.zone), snapshotDir,
                        snapshotKeep);
        return new LiveSettings(scene.renderSettings(null), scene.hudOptions(), fps, scene.fade, scene.ttl, bootstrap,
                http, output == null ? null : new FileOutputStream(FileDescriptor.out), snapshots);
    }

    private static String hostAndPort(InetSocketAddress address) {
        String host = address.getAddress().getHostAddress();
        return (address.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":" + address.getPort();
    }

    private static void report(PrintWriter err, LiveStatus status, EventProblems problems) {
        err.printf("live for %ds: %,d events, %,d frames, %,d dropped%n", status.uptime().toSeconds(),
                status.events(), status.frames(), status.framesDropped());
        if (!problems.isEmpty()) {
            err.println("skipped/odd input:");
            err.println(problems.summary().indent(2).stripTrailing());
        }
        err.flush();
    }
}
