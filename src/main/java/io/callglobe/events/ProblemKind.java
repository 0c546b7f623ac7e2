package io.callglobe.events;

/** The kinds of bad input that are skipped, counted and reported instead of stopping a render. */
public enum ProblemKind {
    MALFORMED_LINE("malformed lines"),
    UNKNOWN_EVENT_TYPE("unknown event types"),
    INVALID_FIELD("invalid fields"),
    INVALID_PHONE_NUMBER("invalid phone numbers"),
    DUPLICATE_EVENT("duplicate events"),
    OUT_OF_ORDER_EVENT("out-of-order events"),
    LATE_IN_LOG("events out of time order in the log (drawn late)"),
    FINISH_FOR_UNKNOWN_CALL("endings for unknown calls"),
    EVENT_AFTER_END("events after the call ended"),
    EXPIRED_CALL("expired calls (never finished)");

    private final String label;

    ProblemKind(String label) {
        this.label = label;
    }

    /** Plural, human wording used in the summary. */
    public String label() {
        return label;
    }
}
