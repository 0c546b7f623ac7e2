package io.callglobe.geo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Phone number to map position. libphonenumber's offline geocoder names the place a number's prefix belongs to;
 * the committed table (see {@code geo/README.md}) turns that name into a city or region, else the number is placed
 * in its country, spread deterministically over populated land. Thread-safe.
 */
public final class PhoneLocator {

    private static final Logger LOG = LoggerFactory.getLogger(PhoneLocator.class);
    private static final int CACHE_SIZE = 10_000;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()/]");
    private static final Pattern DIGITS = Pattern.compile("\\+?\\d+");
    private static final String NON_GEOGRAPHIC = "001";

    private final PhoneNumberUtil phoneUtil = PhoneNumberUtil.getInstance();
    private final PhoneNumberOfflineGeocoder geocoder = PhoneNumberOfflineGeocoder.getInstance();
    private final PlaceTable table;
    private final PointSpreader spreader;
    private final LruCache<String, Location> cache = new LruCache<>(CACHE_SIZE);

    private PhoneLocator(PlaceTable table, PointSpreader spreader) {
        this.table = table;
        this.spreader = spreader;
    }

    /** Reads the committed resources from the classpath, the two big tables side by side to start sooner. */
    public static PhoneLocator load() {
        long start = System.nanoTime();
        CompletableFuture<PlaceTable> table = CompletableFuture.supplyAsync(PhoneLocator::readPlaceTable);
        PointSpreader spreader = readPointSpreader();
        PhoneLocator locator;
        try {
            locator = new PhoneLocator(table.join(), spreader);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        LOG.debug("phone locator loaded {} place descriptions in {} ms", locator.table.size(),
                (System.nanoTime() - start) / 1_000_000);
        return locator;
    }

    private static PlaceTable readPlaceTable() {
        try (BufferedReader descriptions = gzipText("geo/descriptions.tsv.gz")) {
            return PlaceTable.read(descriptions);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the geo resources", e);
        }
    }

    private static PointSpreader readPointSpreader() {
        try (BufferedReader places = gzipText("geo/places.tsv.gz");
             InputStream shapes = new BufferedInputStream(new GZIPInputStream(resource("geo/countries.bin.gz"), 1 << 16), 1 << 16)) {
            return new PointSpreader(PopulatedPlaces.read(places), CountryShapes.read(shapes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the geo resources", e);
        }
    }

    /** Locates a number given in E.164 ("+351961918192"); spaces, dashes, dots and brackets are ignored, a missing "+" assumed. */
    public Location locate(String rawNumber) {
        if (rawNumber == null) {
            return Location.invalid(null, null, "not a number");
        }
        Location cached = cache.get(rawNumber);
        if (cached == null) {
            cached = resolve(rawNumber);
            cache.put(rawNumber, cached);
        }
        return cached;
    }

    private Location resolve(String rawNumber) {
        String compact = SEPARATORS.matcher(rawNumber).replaceAll("");
        if (!DIGITS.matcher(compact).matches()) {
            return Location.invalid(null, null, "not a number");
        }
        PhoneNumber number;
        try {
            number = phoneUtil.parse(compact.startsWith("+") ? compact : "+" + compact, "ZZ");
        } catch (NumberParseException e) {
            return Location.invalid(null, null, parseProblem(e));
        }
        String e164 = phoneUtil.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
        if (!phoneUtil.isValidNumber(number)) {
            String region = phoneUtil.getRegionCodeForCountryCode(number.getCountryCode());
            return Location.invalid(e164, "ZZ".equals(region) ? null : region, "invalid for its region");
        }
        String region = phoneUtil.getRegionCodeForNumber(number);
        if (region == null || NON_GEOGRAPHIC.equals(region)) {
            return Location.unlocated(e164, null, true, "not tied to a country");
        }
        String description;
        // The geocoder loads each country's prefix file on first use into a plain HashMap: one caller at a time.
        synchronized (geocoder) {
            description = geocoder.getDescriptionForNumber(number, Locale.ENGLISH);
        }
        String placeName = description.isEmpty() ? new Locale("", region).getDisplayCountry(Locale.ENGLISH) : description;
        return table.find(region, description)
                .map(entry -> located(e164, region, placeName, entry))
                .orElseGet(() -> inCountry(e164, region, placeName));
    }

    private Location located(String e164, String region, String placeName, PlaceTable.Entry entry) {
        GeoPoint point = entry.precision() == Precision.CITY
                ? spreader.nearCity(entry.point(), e164)
                : spreader.inRegion(region, entry.admin1(), entry.point(), e164);
        return new Location(e164, point, entry.precision(), placeName, region, true, null);
    }

    private Location inCountry(String e164, String region, String placeName) {
        Optional<GeoPoint> point = spreader.inCountry(region, e164);
        return point.map(p -> new Location(e164, p, Precision.COUNTRY, placeName, region, true, null))
                .orElseGet(() -> Location.unlocated(e164, region, true, "no known place in " + region));
    }

    private static String parseProblem(NumberParseException e) {
        return switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE -> "unknown country code";
            case TOO_SHORT_AFTER_IDD, TOO_SHORT_NSN -> "too short";
            case TOO_LONG -> "too long";
            case NOT_A_NUMBER -> "not a number";
        };
    }

    private static BufferedReader gzipText(String name) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(resource(name), 1 << 16), StandardCharsets.UTF_8));
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = PhoneLocator.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("missing classpath resource " + name);
        }
        return in;
    }
}
