package io.callglobe.geo.build;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import com.google.i18n.phonenumbers.prefixmapper.PhonePrefixMap;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every English place description the offline geocoder can return, with the country it belongs to.
 * Reads the geocoder jar's per-prefix maps ({@code geocoding/data/<prefix>_en}) through libphonenumber's own
 * {@link PhonePrefixMap}, whose {@code toString()} lists its entries as {@code prefix|description} lines.
 */
final class GeocoderDescriptions {

    /** A description of a country, and how many number prefixes carry it. */
    record Description(String regionCode, String text, int prefixCount) {
    }

    private static final Pattern ENGLISH_FILE = Pattern.compile("com/google/i18n/phonenumbers/geocoding/data/(\\d+)_en");
    private static final Pattern ENTRY = Pattern.compile("(\\d+)\\|(.*)");

    private final PhoneNumberUtil phoneUtil = PhoneNumberUtil.getInstance();

    List<Description> all() throws IOException {
        Map<String, Integer> prefixCounts = new TreeMap<>();
        try (JarFile jar = new JarFile(geocoderJar().toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!ENGLISH_FILE.matcher(entry.getName()).matches()) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    PhonePrefixMap map = new PhonePrefixMap();
                    map.readExternal(new ObjectInputStream(in));
                    for (String line : map.toString().split("\n")) {
                        Matcher m = ENTRY.matcher(line);
                        if (!m.matches()) {
                            throw new IOException("unexpected prefix map line in " + entry.getName() + ": " + line);
                        }
                        String region = regionOfPrefix(m.group(1));
                        if (region != null && !m.group(2).isBlank()) {
                            prefixCounts.merge(region + "\t" + m.group(2), 1, Integer::sum);
                        }
                    }
                }
            }
        }
        return prefixCounts.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("\t", 2);
            return new Description(key[0], key[1], e.getValue());
        }).toList();
    }

    /**
     * The country a prefix (calling code + leading national digits) dials into. For calling codes shared by
     * several countries, the prefix is completed with the tail of each country's example numbers and the
     * completed number handed to libphonenumber, which knows each country's number ranges.
     */
    String regionOfPrefix(String prefix) {
        for (int ccLength = 1; ccLength <= 3 && ccLength < prefix.length(); ccLength++) {
            int callingCode = Integer.parseInt(prefix.substring(0, ccLength));
            List<String> regions = phoneUtil.getRegionCodesForCountryCode(callingCode);
            if (regions.isEmpty()) {
                continue;
            }
            if (regions.size() == 1) {
                return regions.get(0);
            }
            String national = prefix.substring(ccLength);
            for (String region : regions) {
                for (PhoneNumberType type : List.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE)) {
                    PhoneNumber example = phoneUtil.getExampleNumberForType(region, type);
                    String exampleDigits = example == null ? "" : phoneUtil.getNationalSignificantNumber(example);
                    if (exampleDigits.length() > national.length()) {
                        PhoneNumber completed = new PhoneNumber().setCountryCode(callingCode)
                                .setNationalNumber(Long.parseLong(national + exampleDigits.substring(national.length())));
                        String found = phoneUtil.getRegionCodeForNumber(completed);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            }
            return phoneUtil.getRegionCodeForCountryCode(callingCode);
        }
        return null;
    }

    private static Path geocoderJar() throws IOException {
        try {
            return Path.of(PhoneNumberOfflineGeocoder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }
}
