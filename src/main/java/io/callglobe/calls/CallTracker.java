package io.callglobe.calls;

import io.callglobe.events.CallEvent;
import io.callglobe.events.EventProblems;
import io.callglobe.events.EventType;
import io.callglobe.events.ProblemKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * The calls in progress, driven by event time. Feed it events with {@link #apply} and move its clock with
 * {@link #advanceTo}; the clock never moves by itself, so a wrong timestamp in one event cannot end every call.
 *
 * <p>It tolerates what real buses do, counting each oddity in {@link EventProblems}: duplicates are ignored,
 * events that arrive out of order never move a call backwards, endings for unknown calls draw nothing, events
 * after a call ended are ignored, and a call that never ends expires after a TTL of silence.
 *
 * <p>Not thread-safe: one thread applies events and advances time.
 */
public final class CallTracker {

    public static final Duration DEFAULT_FADE = Duration.ofMillis(1_500);
    public static final Duration DEFAULT_TTL = Duration.ofHours(4);

    private final EventProblems problems;
    private final Duration fade;
    private final Duration ttl;

    /** Calls on the globe (fading ones included) and calls whose end was not seen yet. */
    private final Map<String, TrackedCall> calls = new HashMap<>();
    /**
     * Calls off the globe, remembered for a TTL after their end to recognise late events, oldest first: they are
     * added as they leave the globe, roughly in order of their end, so forgetting them only looks at the eldest.
     */
    private final LinkedHashMap<String, EndedCall> endedCalls = new LinkedHashMap<>();
    /** The calls on the globe, in the order they appeared. */
    private final Map<String, TrackedCall> visible = new LinkedHashMap<>();
    private final PriorityQueue<Deadline> deadlines = new PriorityQueue<>(Comparator.comparing(Deadline::at));
    private Instant now = Instant.MIN;
    private List<ActiveCall> snapshot = List.of();
    private boolean snapshotStale;

    private int ringing;
    private int inCall;
    private int fading;
    private long seen;
    private long answered;
    private long finished;
    private long unansweredEndings;
    private long expired;

    public CallTracker(EventProblems problems) {
        this(problems, DEFAULT_FADE, DEFAULT_TTL);
    }

    /**
     * @param fade how long an ended call stays on the globe, in event time
     * @param ttl  how long a call may stay silent before it is dropped as expired; also how long an ended call is
     *             remembered to recognise late events for it
     */
    public CallTracker(EventProblems problems, Duration fade, Duration ttl) {
        this.problems = Objects.requireNonNull(problems, "problems");
        this.fade = requirePositive(fade, "fade");
        this.ttl = requirePositive(ttl, "ttl");
    }

    public void apply(CallEvent event) {
        TrackedCall call = calls.get(event.callId());
        if (call == null) {
            EndedCall ended = endedCalls.get(event.callId());
            if (ended == null) {
                start(event);
            } else if (ended.markSeen(event.type())) {
                ignoreAfterEnd(ended.endedAt, event);
            } else {
                reportDuplicate(event);
            }
            return;
        }
        if (!call.markSeen(event.type())) {
            reportDuplicate(event);
            return;
        }
        if (call.phase == CallPhase.ENDED) {
            ignoreAfterEnd(call.endedAt, event);
            return;
        }
        call.touch(event);
        switch (event.type()) {
            case CALL_INITIATED -> lateInitiated(call, event);
            case CALL_ANSWERED -> answer(call, event);
            default -> end(call, event);
        }
        snapshotStale = true;
    }

    /** Moves event time forward: ends fades and expires silent calls. Moving it backwards does nothing. */
    public void advanceTo(Instant time) {
        if (!time.isAfter(now)) {
            return;
        }
        now = time;
        while (!deadlines.isEmpty() && !deadlines.peek().at().isAfter(now)) {
            Deadline due = deadlines.poll();
            TrackedCall call = calls.get(due.callId());
            if (call != null && call.scheduled == due) {
                fire(call, due);
            }
        }
        forgetEndedBefore(now.minus(ttl));
    }

    /** The calls on the globe, ended ones still fading included. An unmodifiable snapshot. */
    public List<ActiveCall> activeCalls() {
        if (snapshotStale) {
            List<ActiveCall> views = new ArrayList<>(visible.size());
            visible.values().forEach(call -> views.add(call.view()));
            snapshot = Collections.unmodifiableList(views);
            snapshotStale = false;
        }
        return snapshot;
    }

    /** True while the call is on the globe: ringing, talking or still fading. */
    public boolean onGlobe(String callId) {
        return visible.containsKey(callId);
    }

    /**
     * How far an ended call has faded at {@code time}: 0 while it is live or has just ended, 1 once the fade is
     * over.
     */
    public double fadeFraction(ActiveCall call, Instant time) {
        if (call.endedAt() == null) {
            return 0;
        }
        double fraction = (double) Duration.between(call.endedAt(), time).toNanos() / fade.toNanos();
        return Math.max(0, Math.min(1, fraction));
    }

    /** Calls held in memory: on the globe, not yet ended, or ended within the TTL. */
    int rememberedCalls() {
        return calls.size() + endedCalls.size();
    }

    public CallStats stats() {
        return new CallStats(ringing, inCall, fading, seen, answered, finished, unansweredEndings, expired);
    }

    private void start(CallEvent event) {
        if (event.type().isTerminal()) {
            // Remember the ending anyway, so that its late initiated/answered events do not start a zombie call.
            endedCalls.put(event.callId(), new EndedCall(event.timestamp(), new SeenEvents(event.type())));
            report(ProblemKind.FINISH_FOR_UNKNOWN_CALL, event, event.type().wireName() + " for a call never seen");
            return;
        }
        boolean wasAnswered = event.type() == EventType.CALL_ANSWERED;
        TrackedCall call = new TrackedCall(event, wasAnswered ? CallPhase.IN_CALL : CallPhase.RINGING);
        calls.put(event.callId(), call);
        visible.put(event.callId(), call);
        seen++;
        if (wasAnswered) {
            call.answered = true;
            answered++;
            inCall++;
        } else {
            ringing++;
        }
        schedule(call, event.timestamp().plus(ttl), Deadline.Action.EXPIRE);
        snapshotStale = true;
    }

    /** The call was created by its answer; the initiated event only tells when it really started. */
    private void lateInitiated(TrackedCall call, CallEvent event) {
        report(ProblemKind.OUT_OF_ORDER_EVENT, event, "call_initiated after call_answered");
        if (event.timestamp().isBefore(call.initiatedAt)) {
            call.initiatedAt = event.timestamp();
        }
    }

    private void answer(TrackedCall call, CallEvent event) {
        Instant at = notBeforePhase(call, event);
        changePhase(call, CallPhase.IN_CALL, at);
        call.answered = true;
        answered++;
    }

    private void end(TrackedCall call, CallEvent event) {
        Instant at = notBeforePhase(call, event);
        endAt(call, at);
        if (event.type().isUnansweredEnding()) {
            unansweredEndings++;
        } else {
            call.answered = true;
            finished++;
        }
    }

    private void endAt(TrackedCall call, Instant at) {
        changePhase(call, CallPhase.ENDED, at);
        call.endedAt = at;
        schedule(call, at.plus(fade), Deadline.Action.HIDE);
    }

    /** A phase never starts before the one it follows, whatever the event's clock says. */
    private Instant notBeforePhase(TrackedCall call, CallEvent event) {
        if (event.timestamp().isBefore(call.phaseSince)) {
            report(ProblemKind.OUT_OF_ORDER_EVENT, event,
                    event.type().wireName() + " older than the call's " + call.phase + " phase");
            return call.phaseSince;
        }
        return event.timestamp();
    }

    private void ignoreAfterEnd(Instant endedAt, CallEvent event) {
        if (event.timestamp().isAfter(endedAt)) {
            report(ProblemKind.EVENT_AFTER_END, event, event.type().wireName() + " after the call ended");
        } else {
            report(ProblemKind.OUT_OF_ORDER_EVENT, event, event.type().wireName() + " arrived after the call's end");
        }
    }

    private void changePhase(TrackedCall call, CallPhase phase, Instant at) {
        count(call.phase, -1);
        count(phase, 1);
        call.phase = phase;
        call.phaseSince = at;
    }

    private void count(CallPhase phase, int delta) {
        switch (phase) {
            case RINGING -> ringing += delta;
            case IN_CALL -> inCall += delta;
            case ENDED -> fading += delta;
        }
    }

    private void schedule(TrackedCall call, Instant at, Deadline.Action action) {
        Deadline deadline = new Deadline(at, call.callId, action);
        call.scheduled = deadline;
        deadlines.add(deadline);
    }

    private void fire(TrackedCall call, Deadline due) {
        switch (due.action()) {
            case EXPIRE -> expireIfSilent(call, due.at());
            case HIDE -> {
                visible.remove(call.callId);
                calls.remove(call.callId);
                fading--;
                endedCalls.put(call.callId, call.toEnded());
                snapshotStale = true;
            }
        }
    }

    /** Events only move a call's silence deadline on, so it is checked here rather than rescheduled per event. */
    private void expireIfSilent(TrackedCall call, Instant at) {
        Instant silentUntil = call.lastEventAt.plus(ttl);
        if (silentUntil.isAfter(at)) {
            schedule(call, silentUntil, Deadline.Action.EXPIRE);
            return;
        }
        expired++;
        problems.record(ProblemKind.EXPIRED_CALL, call.lastLine,
                "call " + call.callId + " silent since " + call.lastEventAt);
        endAt(call, at);
        snapshotStale = true;
    }

    private void forgetEndedBefore(Instant time) {
        Iterator<EndedCall> eldest = endedCalls.values().iterator();
        while (eldest.hasNext() && !eldest.next().endedAt.isAfter(time)) {
            eldest.remove();
        }
    }

    private void reportDuplicate(CallEvent event) {
        report(ProblemKind.DUPLICATE_EVENT, event, "repeated " + event.type().wireName());
    }

    private void report(ProblemKind kind, CallEvent event, String what) {
        problems.record(kind, event.lineNumber(), "call " + event.callId() + ": " + what);
    }

    private static Duration requirePositive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
        return duration;
    }
}
