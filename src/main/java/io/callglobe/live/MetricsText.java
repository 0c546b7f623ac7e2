package io.callglobe.live;

import java.util.Locale;

/** The live status in Prometheus' text exposition format (version 0.0.4). */
final class MetricsText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private MetricsText() {
    }

    static String format(LiveStatus status) {
        StringBuilder text = new StringBuilder(1024);
        metric(text, "callglobe_events_total", "counter", "Call events received from the source.",
                status.events());
        metric(text, "callglobe_bad_events_total", "counter",
                "Input rejected as unreadable: malformed, unknown event type or invalid fields.", status.badEvents());
        header(text, "callglobe_active_calls", "gauge", "Calls on the globe by state.");
        sample(text, "callglobe_active_calls{state=\"ringing\"}", status.ringing());
        sample(text, "callglobe_active_calls{state=\"in_call\"}", status.inCall());
        metric(text, "callglobe_frames_total", "counter", "Frames rendered.", status.frames());
        metric(text, "callglobe_frames_dropped_total", "counter",
                "Frame slots skipped because rendering fell behind.", status.framesDropped());
        metric(text, "callglobe_broker_connected", "gauge", "1 while the event source is connected, else 0.",
                status.sourceConnected() ? 1 : 0);
        metric(text, "callglobe_stream_clients", "gauge", "MJPEG viewers connected.", status.streamClients());
        metric(text, "callglobe_snapshots_total", "counter", "Scheduled PNG snapshots written.",
                status.snapshotsWritten());
        metric(text, "callglobe_uptime_seconds", "gauge", "Seconds since the live service started.",
                status.uptime().toMillis() / 1000.0);
        return text.toString();
    }

    private static void metric(StringBuilder text, String name, String type, String help, double value) {
        header(text, name, type, help);
        sample(text, name, value);
    }

    private static void header(StringBuilder text, String name, String type, String help) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private static void sample(StringBuilder text, String series, double value) {
        text.append(series).append(' ');
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            text.append((long) value);
        } else {
            text.append(String.format(Locale.ROOT, "%.3f", value));
        }
        text.append('\n');
    }
}
