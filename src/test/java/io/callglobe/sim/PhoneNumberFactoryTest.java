package io.callglobe.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PhoneNumberFactoryTest {

    private final PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    private final PhoneNumberFactory factory = new PhoneNumberFactory();
    private final Random random = new Random(7);

    @Test
    void everyAreaCodeOfTheMixYieldsValidFixedLinesUnderThatAreaCode() throws NumberParseException {
        List<String> failures = new ArrayList<>();
        for (Country country : CustomerCountries.WORLD) {
            String countryCode = "+" + util.getCountryCodeForRegion(country.regionCode());
            for (String areaCode : country.areaCodes()) {
                try {
                    GeneratedNumber number = factory.fixedLine(country.regionCode(), areaCode, random);
                    PhoneNumber parsed = util.parse(number.e164(), "ZZ");
                    assertTrue(util.isValidNumber(parsed), number.e164());
                    assertEquals(country.regionCode(), util.getRegionCodeForNumber(parsed));
                    assertTrue(number.e164().startsWith(countryCode + areaCode), number.e164());
                } catch (IllegalStateException e) {
                    failures.add(e.getMessage());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void mobilesAreValidMobilesOfTheirRegion() throws NumberParseException {
        for (Country country : CustomerCountries.WORLD) {
            GeneratedNumber number = factory.mobile(country.regionCode(), random);
            PhoneNumber parsed = util.parse(number.e164(), "ZZ");

            assertTrue(util.isValidNumberForRegion(parsed, country.regionCode()), number.e164());
            PhoneNumberType type = util.getNumberType(parsed);
            assertTrue(type == PhoneNumberType.MOBILE || type == PhoneNumberType.FIXED_LINE_OR_MOBILE,
                    number.e164() + " is " + type);
        }
    }

    @Test
    void fixedLinesCarryTheTimeZoneOfTheirCity() {
        assertEquals("America/Los_Angeles", factory.fixedLine("US", "415", random).zone().getId());
        assertEquals("Europe/Lisbon", factory.fixedLine("PT", "21", random).zone().getId());
        assertEquals("Australia/Sydney", factory.fixedLine("AU", "2", random).zone().getId());
    }
}
