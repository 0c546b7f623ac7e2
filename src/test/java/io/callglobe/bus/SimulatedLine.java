package io.callglobe.bus;

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
}
