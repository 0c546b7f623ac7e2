package io.callglobe.live;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When to take snapshots: a UNIX cron expression (minute hour day-of-month month day-of-week), or the same with
 * a leading seconds field (Spring's six-field form) for schedules finer than a minute. Evaluated in a time zone,
 * so "0 9 * * 1-5" means 9 am on weekdays there; files are named by the scheduled instant in UTC.
 */
public final class SnapshotSchedule {
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final CronParser WITH_SECONDS =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING53));
    private static final String FILE_PREFIX = "callglobe-";
    private static final String FILE_SUFFIX = ".png";
    /** Matches every {@link #fileName}, and possibly other names: {@link #scheduledInstant} tells them apart. */
    static final String FILE_GLOB = FILE_PREFIX + "*" + FILE_SUFFIX;
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH-mm-ss'Z'").withZone(ZoneOffset.UTC);

    private final String expression;
    private final ExecutionTime executions;
    private final ZoneId zone;

    private SnapshotSchedule(String expression, ExecutionTime executions, ZoneId zone) {
        this.expression = expression;
        this.executions = executions;
        this.zone = zone;
    }

    /** @throws IllegalArgumentException when the expression is not a 5- or 6-field cron expression */
    public static SnapshotSchedule parse(String expression, ZoneId zone) {
        String trimmed = expression.trim();
        int fields = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        CronParser parser = switch (fields) {
            case 5 -> UNIX;
            case 6 -> WITH_SECONDS;
            default -> throw new IllegalArgumentException("a snapshot schedule is a cron expression of 5 fields "
                    + "(minute hour day month weekday), or 6 with seconds first; got '" + expression + "'");
        };
        try {
            return new SnapshotSchedule(trimmed, ExecutionTime.forCron(parser.parse(trimmed)), zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad snapshot schedule '" + expression + "': " + e.getMessage(), e);
        }
    }

    /** The first scheduled instant strictly after {@code time}; empty when the schedule never fires again. */
    public Optional<Instant> nextAfter(Instant time) {
        return executions.nextExecution(time.truncatedTo(ChronoUnit.SECONDS).atZone(zone))
                .map(ZonedDateTime::toInstant);
    }

    /** The snapshot's file name for a scheduled instant, e.g. callglobe-2026-11-20T15-30-00Z.png. */
    public static String fileName(Instant scheduled) {
        return FILE_PREFIX + FILE_TIME.format(scheduled) + FILE_SUFFIX;
    }

    /** The scheduled instant a {@link #fileName} stands for; empty for any other name. */
    public static Optional<Instant> scheduledInstant(String fileName) {
        if (!fileName.startsWith(FILE_PREFIX) || !fileName.endsWith(FILE_SUFFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.from(FILE_TIME.parse(fileName.substring(FILE_PREFIX.length(),
                    fileName.length() - FILE_SUFFIX.length()))));
        } catch (DateTimeException notOurs) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return expression + " (" + zone.getId() + ")";
    }
}
