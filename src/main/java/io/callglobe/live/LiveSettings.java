package io.callglobe.live;

import io.callglobe.render.RenderSettings;
import io.callglobe.scene.HudOptions;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How the live display draws and where its frames go. Any output may be absent (null), but not all of them.
 *
 * @param fade           event time an ended call takes to fade away
 * @param ttl            a call silent this long is dropped as never finished
 * @param bootstrapLogs  recorded logs replayed up to now before going live, in order, so calls already in
 *                       progress are drawn
 * @param http           the kiosk page, MJPEG stream, snapshot, health and metrics endpoints; null for none
 * @param rawFrames      where raw RGBA frames are written, one per frame slot; null for none
 * @param snapshots      PNGs written on a cron schedule; null for none
 */
public record LiveSettings(RenderSettings render, HudOptions hud, int fps, Duration fade, Duration ttl,
                           List<Path> bootstrapLogs, HttpOptions http, OutputStream rawFrames,
                           SnapshotOptions snapshots) {

    public static final int DEFAULT_FPS = 30;

    public LiveSettings {
        if (fps < 1 || fps > 240) {
            throw new IllegalArgumentException("fps must be within 1..240, was " + fps);
        }
        if (http == null && rawFrames == null && snapshots == null) {
            throw new IllegalArgumentException("the live display needs an output: --serve, -o - or --snapshot-cron");
        }
        bootstrapLogs = List.copyOf(bootstrapLogs);
    }

    /**
     * @param token             required as {@code Authorization: Bearer} or {@code ?token=} on every endpoint but
     *                          /healthz; null to leave them open
     * @param maxStreamClients  MJPEG viewers at once; more are turned away with 503
     * @param jpegQuality       0..1, as ImageIO's JPEG writer takes it
     */
    public record HttpOptions(InetSocketAddress address, String token, int maxStreamClients,
                              float jpegQuality) {
        public static final int DEFAULT_MAX_STREAM_CLIENTS = 8;
        public static final float DEFAULT_JPEG_QUALITY = 0.85f;

        public HttpOptions {
            if (maxStreamClients < 1) {
                throw new IllegalArgumentException("at least one stream client must be allowed");
            }
            if (!(jpegQuality > 0 && jpegQuality <= 1)) {
                throw new IllegalArgumentException("JPEG quality must be within 0..1, was " + jpegQuality);
            }
            if (token != null && token.isBlank()) {
                throw new IllegalArgumentException("the access token must not be blank");
            }
        }
    }

    /** @param keep how long snapshots are kept, judged by the newest one's time; null keeps them all */
    public record SnapshotOptions(SnapshotSchedule schedule, Path directory, Duration keep) {
    }
}
