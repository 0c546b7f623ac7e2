package io.callglobe.sim;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes up phone numbers that libphonenumber accepts as valid: fixed lines under a city's area code, so they
 * geocode to that city, and mobiles shaped like the region's example mobile number. Digits are drawn at random
 * and the candidate is kept only once libphonenumber validates it with the wanted type.
 */
final class PhoneNumberFactory {

    private static final Set<PhoneNumberType> FIXED_LINE =
            Set.of(PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
    private static final Set<PhoneNumberType> MOBILE =
            Set.of(PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE);
    /** Fixed-line lengths vary with the area code in some countries (DE, AT, IT): try around the example's. */
    private static final int[] LENGTH_OFFSETS = {0, 1, -1, 2};
    private static final int ATTEMPTS = 200;
    private static final String UNKNOWN_ZONE = "Etc/Unknown";

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final PhoneNumberToTimeZonesMapper zones = PhoneNumberToTimeZonesMapper.getInstance();

    GeneratedNumber fixedLine(Country country, Random random) {
        String areaCode = country.areaCodes().get(random.nextInt(country.areaCodes().size()));
        return fixedLine(country.regionCode(), areaCode, random);
    }

    GeneratedNumber fixedLine(String regionCode, String areaCode, Random random) {
        int exampleLength = exampleNationalNumber(regionCode, PhoneNumberType.FIXED_LINE).length();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int length = exampleLength + LENGTH_OFFSETS[attempt % LENGTH_OFFSETS.length];
            GeneratedNumber number = tryCandidate(regionCode, areaCode, length, FIXED_LINE, random);
            if (number != null) {
                return number;
            }
        }
        throw new IllegalStateException("No valid fixed line under area code " + areaCode + " in " + regionCode);
    }

    GeneratedNumber mobile(String regionCode, Random random) {
        String example = exampleNationalNumber(regionCode, PhoneNumberType.MOBILE);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            // Keep more of the example's leading digits as attempts fail: some regions have narrow mobile ranges.
            String prefix = example.substring(0, Math.min(example.length() - 2, 1 + attempt / 20));
            GeneratedNumber number = tryCandidate(regionCode, prefix, example.length(), MOBILE, random);
            if (number != null) {
                return number;
            }
        }
        throw new IllegalStateException("No valid mobile number in " + regionCode);
    }

    private GeneratedNumber tryCandidate(String regionCode, String prefix, int length, Set<PhoneNumberType> types,
            Random random) {
        StringBuilder digits = new StringBuilder("+").append(util.getCountryCodeForRegion(regionCode)).append(prefix);
        for (int i = prefix.length(); i < length; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        PhoneNumber candidate;
        try {
            candidate = util.parse(digits, regionCode);
        } catch (NumberParseException e) {
            return null;
        }
        if (!util.isValidNumberForRegion(candidate, regionCode) || !types.contains(util.getNumberType(candidate))) {
            return null;
        }
        return new GeneratedNumber(util.format(candidate, PhoneNumberFormat.E164), regionCode, zoneOf(candidate));
    }

    private ZoneId zoneOf(PhoneNumber number) {
        List<String> candidates = zones.getTimeZonesForNumber(number);
        if (candidates.isEmpty() || candidates.get(0).equals(UNKNOWN_ZONE)) {
            return ZoneOffset.UTC;
        }
        return ZoneId.of(candidates.get(0));
    }

    private String exampleNationalNumber(String regionCode, PhoneNumberType type) {
        PhoneNumber example = util.getExampleNumberForType(regionCode, type);
        if (example == null) {
            throw new IllegalArgumentException("libphonenumber has no example " + type + " for " + regionCode);
        }
        return util.getNationalSignificantNumber(example);
    }
}
