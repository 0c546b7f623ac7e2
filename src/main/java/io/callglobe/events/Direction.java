package io.callglobe.events;

import java.util.Optional;

/** Who placed the call: IN when the customer called the contact centre, OUT when an agent called the customer. */
public enum Direction {
    IN("in"),
    OUT("out");

    private final String wireName;

    Direction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<Direction> fromWireName(String wireName) {
        if (IN.wireName.equals(wireName)) {
            return Optional.of(IN);
        }
        if (OUT.wireName.equals(wireName)) {
            return Optional.of(OUT);
        }
        return Optional.empty();
    }
}
