package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code callglobe locate}: one TSV line per number, numbers masked unless asked for. */
class LocateCommandTest {
    private static final List<String> NUMBERS = List.of("+14845348611", "+351961918192", "+12125551234");

    @Test
    void locatesEachNumberOnATsvLineWithTheNumberMasked() {
        Cli.Result result = Cli.run("locate", NUMBERS.get(0), NUMBERS.get(1), NUMBERS.get(2), "hello");

        assertEquals(0, result.exitCode(), result::describe);
        assertLines(result.out(), List.of("region", "country", "city", "unknown"));
        for (String number : NUMBERS) {
            assertFalse(result.out().contains(number.substring(1)), result::describe);
        }
        assertTrue(result.out().lines().toList().get(3).endsWith("\tunknown\tnot a number"), result::describe);
    }

    @Test
    void showNumbersPrintsThemInFull() {
        Cli.Result result = Cli.run("locate", "--show-numbers", NUMBERS.get(0), NUMBERS.get(2));

        assertEquals(0, result.exitCode(), result::describe);
        assertLines(result.out(), List.of("region", "city"));
        assertTrue(result.out().startsWith(NUMBERS.get(0) + "\t"), result::describe);
        assertTrue(result.out().contains("\n" + NUMBERS.get(2) + "\t"), result::describe);
    }

    @Test
    void readsNumbersFromStdinSkippingBlankLines() {
        InputStream originalIn = System.in;
        Cli.Result result;
        System.setIn(new ByteArrayInputStream((String.join("\n", NUMBERS.get(0), "", "  " + NUMBERS.get(1) + " ",
                NUMBERS.get(2), "hello") + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            result = Cli.run("locate", "-");
        } finally {
            System.setIn(originalIn);
        }

        assertEquals(0, result.exitCode(), result::describe);
        assertLines(result.out(), List.of("region", "country", "city", "unknown"));
        for (String number : NUMBERS) {
            assertFalse(result.out().contains(number.substring(1)), result::describe);
        }
    }

    /** One line per number: number, latitude, longitude, precision, place; coordinates only where located. */
    private static void assertLines(String out, List<String> precisions) {
        List<String> lines = out.lines().toList();
        assertEquals(precisions.size(), lines.size(), out);
        for (int i = 0; i < lines.size(); i++) {
            String[] columns = lines.get(i).split("\t", -1);
            assertEquals(5, columns.length, lines.get(i));
            assertEquals(precisions.get(i), columns[3], lines.get(i));
            boolean located = !precisions.get(i).equals("unknown");
            assertEquals(located, !columns[1].isEmpty() && !columns[2].isEmpty(), lines.get(i));
            if (located) {
                double lat = Double.parseDouble(columns[1]);
                double lon = Double.parseDouble(columns[2]);
                assertTrue(Math.abs(lat) <= 90 && Math.abs(lon) <= 180, lines.get(i));
                assertFalse(columns[4].isBlank(), lines.get(i));
            }
        }
    }
}
