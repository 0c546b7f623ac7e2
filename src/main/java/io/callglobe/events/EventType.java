package io.callglobe.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The Talkdesk call events the globe understands, with their names on the wire. */
public enum EventType {
    CALL_INITIATED("call_initiated", false),
    CALL_ANSWERED("call_answered", false),
    CALL_FINISHED("call_finished", true),
    CALL_MISSED("call_missed", true),
    CALL_ABANDONED("call_abandoned", true),
    CALL_VOICEMAIL("call_voicemail", true);

    private static final Map<String, EventType> BY_WIRE_NAME = new HashMap<>();

    static {
        for (EventType type : values()) {
            BY_WIRE_NAME.put(type.wireName, type);
        }
    }

    private final String wireName;
    private final boolean terminal;

    EventType(String wireName, boolean terminal) {
        this.wireName = wireName;
        this.terminal = terminal;
    }

    public String wireName() {
        return wireName;
    }

    /** True for the events that end a call: finished after an answer, or one of the unanswered endings. */
    public boolean isTerminal() {
        return terminal;
    }

    /** True for the endings of a call that no agent answered. */
    public boolean isUnansweredEnding() {
        return terminal && this != CALL_FINISHED;
    }

    public static Optional<EventType> fromWireName(String wireName) {
        return Optional.ofNullable(BY_WIRE_NAME.get(wireName));
    }
}
