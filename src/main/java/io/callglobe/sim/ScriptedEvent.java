package io.callglobe.sim;

import io.callglobe.events.EventType;
import java.time.Instant;

/** One event of a simulated call, due at {@code at}. */
public record ScriptedEvent(CallScript call, EventType type, Instant at) {
}
