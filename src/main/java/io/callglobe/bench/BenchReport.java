package io.callglobe.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** The rows measured so far and the machine they come from, printed as one aligned table. */
final class BenchReport {
    private static final String[] HEADINGS = {"stage", "case", "size", "measured", "unit", "target", "result", "note"};

    private final List<BenchRow> rows = new ArrayList<>();
    private final String machine;

    BenchReport(String machine) {
        this.machine = machine;
    }

    void add(BenchRow row) {
        rows.add(row);
    }

    private long misses() {
        return rows.stream().filter(row -> row.verdict().equals("MISS")).count();
    }

    void print(PrintWriter out) {
        out.println("machine: " + machine);
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADINGS);
        for (BenchRow row : rows) {
            cells.add(new String[] {row.stage(), row.subject(), row.size(), row.measured(), row.unit(),
                    row.target() == null ? "" : row.target().toString(), row.verdict(), row.note()});
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                // Figures are right-aligned so their digits line up; the last column is not padded.
                String cell = i == line.length - 1 ? line[i]
                        : i == 3 ? " ".repeat(widths[i] - line[i].length()) + line[i]
                        : line[i] + " ".repeat(widths[i] - line[i].length());
                text.append(cell).append(i == line.length - 1 ? "" : "  ");
            }
            out.println(text.toString().stripTrailing());
        }
        long targets = rows.stream().filter(row -> row.target() != null).count();
        out.printf("targets: %d checked, %d PASS, %d MISS%n", targets, targets - misses(), misses());
        out.flush();
    }
}
