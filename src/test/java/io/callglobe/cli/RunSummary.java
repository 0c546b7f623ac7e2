package io.callglobe.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two summary lines a render prints on stderr, parsed. Counts are printed with the default locale's
 * grouping separator, so only their digits are kept.
 */
record RunSummary(String outcome, long frames, int fps, int width, int height, long speed, long idleSkips,
                  long eventsApplied, long linesRead, long callsSeen, long answered, long finished,
                  long unanswered, long expired) {
    private static final Pattern RENDER = Pattern.compile(
            "(?m)^(wrote|interrupted, finalised) .+: (\\S+) frames \\(\\S+ s of video at (\\d+) fps, (\\d+)x(\\d+), "
                    + "(\\d+)x speed, (?:ffmpeg|humble)\\) in \\S+ s, \\S+ fps"
                    + "(?:; skipped (\\d+) idle stretch(?:es)? \\(\\S+ of event time\\))?$");
    private static final Pattern EVENTS = Pattern.compile(
            "(?m)^events: (\\S+) applied from (\\S+) lines; calls: (\\S+) seen, (\\S+) answered, (\\S+) finished, "
                    + "(\\S+) unanswered, (\\S+) expired, \\S+ still open$");

    static RunSummary parse(String stderr) {
        Matcher render = RENDER.matcher(stderr);
        Matcher events = EVENTS.matcher(stderr);
        if (!render.find() || !events.find()) {
            throw new AssertionError("no render summary in stderr:\n" + stderr);
        }
        return new RunSummary(render.group(1), count(render.group(2)), Integer.parseInt(render.group(3)),
                Integer.parseInt(render.group(4)), Integer.parseInt(render.group(5)), count(render.group(6)),
                render.group(7) == null ? 0 : count(render.group(7)),
                count(events.group(1)), count(events.group(2)), count(events.group(3)), count(events.group(4)),
                count(events.group(5)), count(events.group(6)), count(events.group(7)));
    }

    private static long count(String printed) {
        return Long.parseLong(printed.replaceAll("\\D", ""));
    }
}
