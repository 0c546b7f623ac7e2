package io.callglobe.events;

/** What {@link EventParser} made of one line: an event, or the reason it was rejected. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Rejected {

    record Parsed(CallEvent event) implements ParseResult {
    }

    /** @param detail what was wrong, free of phone numbers */
    record Rejected(ProblemKind kind, String detail) implements ParseResult {
    }
}
