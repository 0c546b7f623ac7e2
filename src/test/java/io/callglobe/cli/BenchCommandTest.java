package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code callglobe bench --quick} on tiny frames: real GL, real encoders, child JVMs; figures, not their speed. */
class BenchCommandTest {
    private record Row(String stage, String subject, String size, String measured, String unit) {
        double value() {
            return Double.parseDouble(measured.replace(",", ""));
        }
    }

    @Test
    void reportsEveryStageWithPositiveFigures() {
        Cli.Result result = Cli.run("bench", "--quick", "--sizes", "160x90", "--arcs", "0,500", "--frames", "4");

        assertEquals(0, result.exitCode(), result::describe);
        assertTrue(result.out().startsWith("machine: "), result::describe);
        List<Row> rows = rows(result.out());
        for (String[] expected : new String[][] {
                {"ingest", "parse + call state"}, {"render+readback", "0 arcs"}, {"render+readback", "500 arcs"},
                {"encode", "humble"}, {"encode", "ffmpeg"}, {"ratio", "encode ffmpeg / humble"},
                {"end to end", "2,000 calls, log -> mp4, first render"}, {"end to end", "2,000 calls"},
                {"reference", "ffmpeg CLI"}, {"ratio", "/ ffmpeg CLI"},
                {"ratio", "/ Gource"}, {"memory", "this JVM (stages above): peak heap"},
                {"memory", "this JVM (stages above): peak RSS"}, {"memory", "-Xmx256m: frames rendered"},
                {"memory", "-Xmx256m: peak RSS"}, {"memory", "-Xmx256m: peak heap"}, {"cold start", "snapshot"}}) {
            Row row = rows.stream().filter(r -> r.stage.equals(expected[0]) && r.subject.contains(expected[1]))
                    .findFirst().orElseThrow(() -> new AssertionError("no row " + String.join(" ", expected)
                            + " in\n" + result.out()));
            assertTrue(row.value() > 0, () -> row + " in\n" + result.out());
        }
        assertTrue(result.out().contains("targets: "), result::describe);
    }

    /** The table's rows: cells are separated by two spaces or more. */
    private static List<Row> rows(String out) {
        List<Row> rows = new ArrayList<>();
        for (String line : out.lines().toList()) {
            String[] cells = line.split(" {2,}");
            if (cells.length >= 5 && !line.startsWith("stage ")) {
                rows.add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4]));
            }
        }
        return rows;
    }
}
