package io.callglobe.geo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneLocatorTest {

    private static final PhoneLocator LOCATOR = PhoneLocator.load();

    /** Natural Earth 1:50m coastlines cut off some coastal cities (and their jitter): this much outside still counts. */
    private static final double COASTAL_TOLERANCE_KM = 25;

    @Test
    void newYorkLandlineIsInNewYorkCity() {
        Location l = LOCATOR.locate("+12125551234");
        assertEquals(Precision.CITY, l.precision());
        assertEquals("US", l.regionCode());
        assertNear(new GeoPoint(40.7128, -74.0060), l, 30);
    }

    @Test
    void londonLandlineIsInLondon() {
        Location l = LOCATOR.locate("+442079460000");
        assertEquals(Precision.CITY, l.precision());
        assertEquals("London", l.placeName());
        assertNear(new GeoPoint(51.507, -0.128), l, 30);
    }

    @Test
    void berlinLandlineIsInBerlin() {
        assertNear(new GeoPoint(52.52, 13.405), LOCATOR.locate("+4930123456"), 30);
    }

    @Test
    void portugueseMobileIsOnPortugueseLand() {
        Location l = LOCATOR.locate("+351961918192");
        assertTrue(l.valid());
        assertEquals(Precision.COUNTRY, l.precision());
        assertEquals("Portugal", l.placeName());
        assertEquals("PT", l.regionCode());
        assertTrue(CommittedShapes.of("PT").contains(l.point()), () -> "outside Portugal: " + l.point());
        boolean mainland = l.point().lat() > 36.9 && l.point().lat() < 42.2 && l.point().lon() > -9.6 && l.point().lon() < -6.1;
        boolean islands = l.point().lon() < -16 && l.point().lon() > -31.5 && l.point().lat() > 32.3 && l.point().lat() < 40;
        assertTrue(mainland || islands, () -> "neither mainland nor islands: " + l.point());
    }

    @Test
    void parisLandlineIsInFrance() {
        Location l = LOCATOR.locate("+33142685300");
        assertEquals("FR", l.regionCode());
        assertTrue(CommittedShapes.of("FR").contains(l.point()), () -> "outside France: " + l.point());
    }

    @Test
    void pennsylvaniaNumberIsInPennsylvania() {
        Location l = LOCATOR.locate("+14845348611");
        assertTrue(l.precision() == Precision.REGION || l.precision() == Precision.CITY, l::toString);
        GeoPoint p = l.point();
        assertTrue(p.lat() > 39.7 && p.lat() < 42.3 && p.lon() > -80.6 && p.lon() < -74.7, () -> "outside Pennsylvania: " + p);
    }

    @Test
    void acceptsSpacesDashesAndAMissingPlus() {
        Location expected = LOCATOR.locate("+351961918192");
        assertEquals(expected, LOCATOR.locate("+351 961-918-192"));
        assertEquals(expected, LOCATOR.locate("351961918192"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1234", "hello", "+99912345678", "", "+", "+44 20 7946 000000000"})
    void invalidNumbersAreUnknownWithAReason(String raw) {
        Location l = LOCATOR.locate(raw);
        assertFalse(l.valid());
        assertEquals(Precision.UNKNOWN, l.precision());
        assertNull(l.point());
        assertNotNull(l.problem());
        assertFalse(l.problem().isBlank());
    }

    @Test
    void reasonsSayWhatIsWrong() {
        assertEquals("not a number", LOCATOR.locate("hello").problem());
        assertEquals("unknown country code", LOCATOR.locate("+99912345678").problem());
        Location badUk = LOCATOR.locate("+44123");
        assertEquals("invalid for its region", badUk.problem());
        assertEquals("+44123", badUk.e164());
        assertEquals("GB", badUk.regionCode());
    }

    @Test
    void nonGeographicNumbersAreValidButUnplaced() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        PhoneNumber satellite = util.getExampleNumberForNonGeoEntity(881);
        Location l = LOCATOR.locate(util.format(satellite, PhoneNumberUtil.PhoneNumberFormat.E164));
        assertTrue(l.valid());
        assertEquals(Precision.UNKNOWN, l.precision());
        assertEquals("not tied to a country", l.problem());
    }

    @Test
    void sameNumberGetsTheSamePointAcrossLoads() {
        PhoneLocator other = PhoneLocator.load();
        for (String number : List.of("+351961918192", "+14845348611", "+12125551234", "+33612345678")) {
            assertEquals(LOCATOR.locate(number).point(), other.locate(number).point(), number);
        }
    }

    @Test
    void mobilesOfOneCountryAreSpreadApart() {
        GeoPoint a = LOCATOR.locate("+351961918192").point();
        GeoPoint b = LOCATOR.locate("+351961918193").point();
        assertNotEquals(a, b);
        long distinct = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> LOCATOR.locate("+35196191" + String.format("%04d", i)).point())
                .map(p -> Math.round(p.lat() * 10) + "," + Math.round(p.lon() * 10))
                .distinct().count();
        assertTrue(distinct > 100, "200 mobiles fall on only " + distinct + " distinct 0.1° cells");
    }

    @Test
    void citiesAreSeparatedByAtMostAFewKilometres() {
        GeoPoint a = LOCATOR.locate("+12125551234").point();
        GeoPoint b = LOCATOR.locate("+12125551235").point();
        assertNotEquals(a, b);
        assertTrue(a.distanceKm(b) <= 3.0, () -> a.distanceKm(b) + " km");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        PhoneLocator fresh = PhoneLocator.load();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Location>> futures = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                String number = "+3519619" + String.format("%05d", i % 50);
                futures.add(pool.submit(() -> fresh.locate(number)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(LOCATOR.locate("+3519619" + String.format("%05d", i % 50)), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "CA", "GB", "DE", "FR", "IT", "ES", "PT", "NL", "BE", "CH", "AT", "SE", "NO", "DK",
            "FI", "PL", "CZ", "IE", "GR", "TR", "RU", "UA", "BR", "AR", "MX", "CL", "CO", "PE", "IN", "CN", "JP", "KR",
            "AU", "NZ", "ZA", "EG", "NG", "KE", "MA", "SA", "AE", "IL", "ID", "TH", "VN", "PH", "MY", "SG", "HU", "RO",
            "BG", "KZ", "PK", "BD"})
    void exampleNumbersLandInTheirCountry(String region) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        for (PhoneNumberType type : List.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)) {
            PhoneNumber example = util.getExampleNumberForType(region, type);
            String e164 = util.format(example, PhoneNumberUtil.PhoneNumberFormat.E164);
            Location l = LOCATOR.locate(e164);
            assertTrue(l.valid(), e164);
            assertNotEquals(Precision.UNKNOWN, l.precision(), e164);
            assertEquals(region, l.regionCode(), e164);
            double outside = CommittedShapes.of(region).distanceKm(l.point());
            assertTrue(outside <= COASTAL_TOLERANCE_KM,
                    () -> e164 + " (" + l.placeName() + ", " + l.precision().label() + ") at " + l.point() + " is " + outside + " km outside " + region);
        }
    }

    private static void assertNear(GeoPoint expected, Location actual, double km) {
        assertNotNull(actual.point(), actual::toString);
        double d = expected.distanceKm(actual.point());
        assertTrue(d <= km, () -> actual + " is " + d + " km from " + expected);
    }
}
