package io.callglobe.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts the input that was skipped or repaired, per kind, with the first few line numbers of each so a user can
 * find them. Details passed in must never contain phone numbers: they end up in the log.
 *
 * <p>Meant for one writer (the thread that reads events) and any number of readers (a HUD, the final report).
 */
public final class EventProblems {

    /** How many line numbers are kept per kind. */
    public static final int LINES_KEPT_PER_KIND = 5;

    private static final Logger LOG = LoggerFactory.getLogger(EventProblems.class);

    private final Map<ProblemKind, Long> counts = new EnumMap<>(ProblemKind.class);
    private final Map<ProblemKind, List<Long>> firstLines = new EnumMap<>(ProblemKind.class);
    private final boolean logged;

    public EventProblems() {
        this(true);
    }

    private EventProblems(boolean logged) {
        this.logged = logged;
    }

    /** Counts without logging, for a pass over input whose problems another pass reports. */
    public static EventProblems unlogged() {
        return new EventProblems(false);
    }

    /**
     * Records one problem.
     *
     * @param lineNumber the line of the offending event, or 0 when it has none
     * @param detail     what was wrong, without personal data
     */
    public void record(ProblemKind kind, long lineNumber, String detail) {
        long count;
        synchronized (this) {
            count = counts.merge(kind, 1L, Long::sum);
            List<Long> lines = firstLines.computeIfAbsent(kind, k -> new ArrayList<>(LINES_KEPT_PER_KIND));
            if (lineNumber > 0 && lines.size() < LINES_KEPT_PER_KIND) {
                lines.add(lineNumber);
            }
        }
        // The first few of each kind are worth a warning; a flood of the same problem is not.
        if (!logged) {
            return;
        }
        String where = lineNumber > 0 ? " at line " + lineNumber : "";
        if (count <= LINES_KEPT_PER_KIND) {
            LOG.warn("Input problem: {}{}: {}", kind.label(), where, detail);
        } else {
            LOG.debug("Input problem: {}{}: {}", kind.label(), where, detail);
        }
    }

    /** For the geolocation stage: an event whose phone number libphonenumber rejects. */
    public void recordInvalidPhoneNumber(long lineNumber, String callId) {
        record(ProblemKind.INVALID_PHONE_NUMBER, lineNumber, "call " + callId);
    }

    public synchronized long count(ProblemKind kind) {
        return counts.getOrDefault(kind, 0L);
    }

    public synchronized long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized boolean isEmpty() {
        return counts.isEmpty();
    }

    /** The first {@value #LINES_KEPT_PER_KIND} line numbers recorded for a kind, in the order they were recorded. */
    public synchronized List<Long> firstLines(ProblemKind kind) {
        return List.copyOf(firstLines.getOrDefault(kind, List.of()));
    }

    /**
     * One line per kind that occurred, e.g. {@code malformed lines: 3 (lines 4, 17, 90)}, or "no problems".
     */
    public synchronized String summary() {
        if (counts.isEmpty()) {
            return "no problems";
        }
        StringJoiner summary = new StringJoiner(System.lineSeparator());
        for (Map.Entry<ProblemKind, Long> entry : counts.entrySet()) {
            summary.add(describe(entry.getKey(), entry.getValue()));
        }
        return summary.toString();
    }

    private String describe(ProblemKind kind, long count) {
        List<Long> lines = firstLines.getOrDefault(kind, List.of());
        String text = kind.label() + ": " + count;
        if (lines.isEmpty()) {
            return text;
        }
        StringJoiner where = new StringJoiner(", ", lines.size() == 1 ? " (line " : " (lines ", "");
        lines.forEach(line -> where.add(Long.toString(line)));
        String more = count > lines.size() ? ", ...)" : ")";
        return text + where + more;
    }
}
