package io.callglobe.scene;

import io.callglobe.calls.ActiveCall;
import io.callglobe.calls.CallPhase;
import io.callglobe.calls.CallStats;
import io.callglobe.calls.CallTracker;
import io.callglobe.events.Direction;
import io.callglobe.geo.GeoPoint;
import io.callglobe.render.ArcSpec;
import io.callglobe.render.ArcStyle;
import io.callglobe.render.GlobeFrame;
import io.callglobe.render.HudState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns the tracker's calls at an instant of event time into the arcs and HUD of one frame. */
public final class SceneBuilder {
    /** A ringing arc shoots out over this much event time, or faster when replayed fast (see growthSeconds). */
    private static final double GROWTH_EVENT_SECONDS = 8;
    private static final double MIN_GROWTH_VIDEO_SECONDS = 0.15;
    private static final double MAX_GROWTH_VIDEO_SECONDS = 0.6;

    private final CallPlaces places;
    private final HudOptions hud;

    public SceneBuilder(CallPlaces places, HudOptions hud) {
        this.places = places;
        this.hud = hud;
    }

    /**
     * @param speed event seconds per video second, so animations keep their pace on screen at any speed
     */
    public GlobeFrame build(CallTracker tracker, Instant now, double videoSeconds, double speed) {
        List<ActiveCall> calls = tracker.activeCalls();
        places.forgetCallsOffTheGlobe(tracker);
        List<ArcSpec> arcs = new ArrayList<>(calls.size() + 8);
        double growthVideoSeconds = Math.max(MIN_GROWTH_VIDEO_SECONDS,
                Math.min(MAX_GROWTH_VIDEO_SECONDS, GROWTH_EVENT_SECONDS / speed));
        for (ActiveCall call : calls) {
            CallPlaces.Endpoints endpoints = places.of(call.callId());
            if (endpoints == null) {
                continue;
            }
            ArcStyle style = styleOf(call);
            float opacity = call.phase() == CallPhase.ENDED ? (float) (1 - tracker.fadeFraction(call, now)) : 1f;
            double videoAge = (now.toEpochMilli() - call.phaseSince().toEpochMilli()) / 1000.0 / speed;
            float growth = style == ArcStyle.RINGING ? (float) Math.min(1, videoAge / growthVideoSeconds) : 1f;
            float seed = seedOf(call.callId());
            addLeg(arcs, endpoints.origin(), endpoints.destination(), style, opacity, growth, seed);
            addLeg(arcs, endpoints.destination(), endpoints.forwarded(), style, opacity, growth, seed * 0.7f + 0.3f);
        }
        CallStats stats = tracker.stats();
        return new GlobeFrame(videoSeconds, arcs,
                new HudState(now, hud.zone(), stats.ringing(), stats.inCall(), hud.title()));
    }

    private static ArcStyle styleOf(ActiveCall call) {
        return switch (call.phase()) {
            case RINGING -> ArcStyle.RINGING;
            case IN_CALL -> directional(call);
            case ENDED -> call.answered() ? directional(call) : ArcStyle.UNANSWERED;
        };
    }

    private static ArcStyle directional(ActiveCall call) {
        return call.direction() == Direction.OUT ? ArcStyle.OUTBOUND : ArcStyle.INBOUND;
    }

    private static void addLeg(List<ArcSpec> arcs, GeoPoint from, GeoPoint to, ArcStyle style, float opacity,
                               float growth, float seed) {
        if (from != null && to != null && opacity > 0) {
            arcs.add(new ArcSpec(from.lat(), from.lon(), to.lat(), to.lon(), style, opacity, growth, seed));
        }
    }

    /** A stable 0..1 value per call, so its arc keeps its shape and highlight phase from frame to frame. */
    static float seedOf(String callId) {
        int h = callId.hashCode() * 0x9E3779B1;
        h ^= h >>> 15;
        return (h & 0xFFFFFF) / (float) 0x1000000;
    }
}
