package io.callglobe.live;

import java.time.Duration;
import java.time.Instant;

/**
 * A consistent-enough reading of the live service's counters, for /healthz and /metrics.
 *
 * @param events            events received from the source
 * @param badEvents         input rejected as unreadable: malformed, of an unknown type, or with invalid fields
 * @param frames            frames rendered
 * @param framesDropped     frame slots skipped because rendering could not keep up
 * @param snapshotsWritten  scheduled PNG snapshots written
 */
public record LiveStatus(Instant startedAt, Duration uptime, String source, boolean sourceConnected, long events,
                         long badEvents, int ringing, int inCall, long frames, long framesDropped,
                         int streamClients, long snapshotsWritten) {
}
