package io.callglobe.cli;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;

/**
 * A time given on the command line: an instant (with an offset or Z), or a wall-clock time that means the
 * same time in the --tz zone. The zone is only known once every option is parsed, hence the second step.
 */
record TimeArgument(String text, Instant instant, LocalDateTime wallClock) {
    static TimeArgument of(String text, Instant instant) {
        return new TimeArgument(text, instant, null);
    }

    static TimeArgument of(String text, LocalDateTime wallClock) {
        return new TimeArgument(text, null, wallClock);
    }

    /** The instant; a wall-clock time the zone skips or repeats (a DST change) is refused, naming the fix. */
    Instant in(ZoneId zone) {
        if (instant != null) {
            return instant;
        }
        ZoneOffsetTransition change = zone.getRules().getTransition(wallClock);
        if (change == null) {
            return wallClock.atZone(zone).toInstant();
        }
        if (change.isGap()) {
            throw new IllegalArgumentException("'" + text + "' does not exist in " + zone + ": the clocks go from "
                    + change.getDateTimeBefore().toLocalTime() + " straight to "
                    + change.getDateTimeAfter().toLocalTime() + " that day");
        }
        throw new IllegalArgumentException("'" + text + "' happens twice in " + zone + " as the clocks go back; "
                + "give its offset: " + wallClock.atOffset(change.getOffsetBefore()) + " or "
                + wallClock.atOffset(change.getOffsetAfter()));
    }
}
