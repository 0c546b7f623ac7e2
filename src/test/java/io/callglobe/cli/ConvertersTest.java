package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ConvertersTest {
    private final Converters.Span span = new Converters.Span();
    private final Converters.ZoneTime time = new Converters.ZoneTime();
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");

    @Test
    void aSpanIsWrittenInWholeUnitsTheWayItIsTyped() {
        assertEquals("0s", Converters.Span.format(Duration.ZERO));
        assertEquals("45s", Converters.Span.format(Duration.ofMillis(44_600)));
        assertEquals("2m30s", Converters.Span.format(Duration.ofSeconds(150)));
        assertEquals("1h5m", Converters.Span.format(Duration.ofSeconds(3_900)));
        assertEquals("2h", Converters.Span.format(Duration.ofHours(2)));
        assertEquals("26h1s", Converters.Span.format(Duration.ofSeconds(26 * 3600 + 1)));
    }

    @Test
    void aWrittenSpanReadsBackAsTheSameDuration() {
        for (long seconds : new long[] {1, 59, 60, 61, 3_599, 3_600, 3_661, 90_061}) {
            Duration duration = Duration.ofSeconds(seconds);
            assertEquals(duration, span.convert(Converters.Span.format(duration)), "for " + seconds + " s");
        }
    }

    @Test
    void aSpanMayCountDays() {
        assertEquals(Duration.ofDays(30), span.convert("30d"));
        assertEquals(Duration.ofHours(36), span.convert("1d12h"));
    }

    @Test
    void keptDaysAreWholeDaysOfOneOrMore() {
        Converters.WholeDays days = new Converters.WholeDays();
        assertEquals(90, days.convert("90d"));
        assertEquals(2, days.convert("48h"));
        for (String notWhole : List.of("36h", "0.5d", "1d1s")) {
            assertThrows(CommandLine.TypeConversionException.class, () -> days.convert(notWhole), notWhole);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2026-07-01T15:30:00Z       | 2026-07-01T15:30:00Z
            2026-07-01T15:30+02:00     | 2026-07-01T13:30:00Z
            2026-07-01 15:30:00-03:00  | 2026-07-01T18:30:00Z
            2026-07-01T15:30           | 2026-07-01T14:30:00Z
            2026-07-01 15:30:20.5      | 2026-07-01T14:30:20.500Z
            '  2026-07-01  15:30 '     | 2026-07-01T14:30:00Z
            2026-12-01T15:30           | 2026-12-01T15:30:00Z
            2026-07-01                 | 2026-06-30T23:00:00Z
            """)
    void aTimeWithAnOffsetIsThatInstantAndOneWithoutIsReadInTheZone(String text, String instant) {
        assertEquals(Instant.parse(instant), time.convert(text).in(LISBON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-07-01T25:00", "2026-07-01T15", "15:30", "2026-7-1"})
    void anythingElseIsRefusedNamingBothForms(String text) {
        CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                () -> time.convert(text));
        assertTrue(e.getMessage().contains("2026-11-20T15:30 in the --tz zone"), e.getMessage());
    }

    @Test
    void aTimeTheClocksRepeatAsksForItsOffset() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> time.convert("2026-10-25T01:30").in(LISBON));
        assertEquals("'2026-10-25T01:30' happens twice in Europe/Lisbon as the clocks go back; give its offset: "
                + "2026-10-25T01:30+01:00 or 2026-10-25T01:30Z", e.getMessage());
    }
}
