package io.callglobe.geo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LocateFormatterTest {

    private final Location lisbon = new Location("+351211234567", new GeoPoint(38.716671, -9.133333), Precision.CITY,
            "Lisbon", "PT", true, null);

    @Test
    void writesMaskedNumberCoordinatesPrecisionAndPlace() {
        assertEquals("+35121•••4567\t38.71667\t-9.13333\tcity\tLisbon", new LocateFormatter(false).format("+351 21 123 4567", lisbon));
    }

    @Test
    void showsTheFullNumberWhenAsked() {
        assertEquals("+351211234567\t38.71667\t-9.13333\tcity\tLisbon", new LocateFormatter(true).format("+351211234567", lisbon));
    }

    @Test
    void invalidNumbersShowMaskedInputEmptyCoordinatesAndTheReason() {
        Location invalid = Location.invalid(null, null, "not a number");
        assertEquals("•••lo\t\t\tunknown\tnot a number", new LocateFormatter(false).format("hello", invalid));
    }

    @Test
    void tabsInTheInputCannotBreakTheColumns() {
        Location invalid = Location.invalid(null, null, "not a number");
        assertEquals("a b\t\t\tunknown\tnot a number", new LocateFormatter(true).format("a\tb", invalid));
    }
}
