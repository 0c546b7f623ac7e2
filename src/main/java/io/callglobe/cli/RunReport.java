package io.callglobe.cli;

import io.callglobe.calls.CallStats;

import java.io.PrintWriter;

/** The end-of-run summary: what was made, how fast, and every kind of odd input met on the way. */
final class RunReport {
    private RunReport() {
    }

    static void print(PrintWriter err, LogInput input) {
        CallStats stats = input.replay.tracker().stats();
        err.printf("events: %,d applied from %,d lines; calls: %,d seen, %,d answered, %,d finished, "
                        + "%,d unanswered, %,d expired, %,d still open%n",
                input.replay.eventsApplied(), input.linesRead(), stats.seen(), stats.answered(), stats.finished(),
                stats.unansweredEndings(), stats.expired(), stats.ringing() + stats.inCall());
        if (input.problems.isEmpty()) {
            err.println("skipped/odd input: none");
        } else {
            err.println("skipped/odd input:");
            err.println(input.problems.summary().indent(2).stripTrailing());
        }
        err.flush();
    }
}
