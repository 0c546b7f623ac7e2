package io.callglobe.bus;

import io.callglobe.calls.CallStats;
import io.callglobe.calls.CallTracker;
import io.callglobe.events.CallEvent;
import io.callglobe.events.EventParser;
import io.callglobe.events.EventProblems;
import io.callglobe.events.ParseResult;
import io.callglobe.sim.EventTimeline;
import io.callglobe.sim.ScriptedEvent;
import io.callglobe.sim.TalkdeskEventJson;
import io.callglobe.sim.TrafficModel;
import io.callglobe.sim.TrafficParameters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Events of the simulator, as the bus carries them: name (routing key) and JSON line. */
public record SimulatedLine(String name, String line) {

    /** The first {@code count} events of calls starting at a steady 600 a minute from {@code start}. */
    public static List<SimulatedLine> take(int count, Instant start) {
        TrafficParameters parameters = TrafficParameters.between(start, start.plus(Duration.ofDays(1)))
                .withSteadyRate(36_000);
        EventTimeline timeline = new EventTimeline(new TrafficModel(parameters, 7));
        List<SimulatedLine> lines = new ArrayList<>(count);
        while (lines.size() < count) {
            ScriptedEvent event = timeline.next();
            lines.add(new SimulatedLine(event.type().wireName(), TalkdeskEventJson.line(event)));
        }
        return lines;
    }

    /** The event as a subscriber parses the line. */
    public CallEvent event() {
        return ((ParseResult.Parsed) new EventParser().parse(line, 0)).event();
    }

    /** The counts a call tracker ends with once it has been given the lines in order, its clock at the last one. */
    public static CallStats callStats(List<SimulatedLine> lines) {
        CallTracker tracker = new CallTracker(new EventProblems());
        for (SimulatedLine line : lines) {
            CallEvent event = line.event();
            tracker.advanceTo(event.timestamp());
            tracker.apply(event);
        }
        return tracker.stats();
    }
}
