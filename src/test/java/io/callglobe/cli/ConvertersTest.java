package io.callglobe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConvertersTest {
    private final Converters.Span span = new Converters.Span();

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
}
