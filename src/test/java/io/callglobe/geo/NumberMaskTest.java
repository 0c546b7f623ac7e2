package io.callglobe.geo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NumberMaskTest {

    @Test
    void keepsCallingCodeTwoLeadingAndFourTrailingDigitsOfLongNumbers() {
        assertEquals("+35196•••8192", NumberMask.mask("+351961918192"));
        assertEquals("+121•••1234", NumberMask.mask("+12125551234"));
    }

    @Test
    void shortNumbersKeepFewerDigitsSoThreeAlwaysStayHidden() {
        assertEquals("+49•••3456", NumberMask.mask("+4930123456"));
        assertEquals("+376•••", NumberMask.mask("+376312"));
    }

    @Test
    void unparseableInputKeepsOnlyItsLastTwoCharacters() {
        assertEquals("•••lo", NumberMask.mask("hello"));
        assertEquals("•••78", NumberMask.mask("+99912345678"));
        assertEquals("", NumberMask.mask(""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+351961918192", "+12125551234", "+4930123456", "+442079460000", "+8613812345678", "+33612345678"})
    void neverShowsMoreThanSixNationalDigits(String e164) throws Exception {
        String masked = NumberMask.mask(e164);
        long shownDigits = masked.chars().filter(Character::isDigit).count();
        int callingCodeDigits = masked.indexOf('•') > 0 ? callingCodeLength(e164) : 0;
        assertTrue(shownDigits - callingCodeDigits <= 6, masked);
        assertTrue(masked.contains("•••"), masked);
        int hidden = e164.length() - 1 - (int) shownDigits;
        assertTrue(hidden >= 3, masked);
    }

    private static int callingCodeLength(String e164) throws Exception {
        return String.valueOf(PhoneNumberUtil.getInstance().parse(e164, "ZZ").getCountryCode()).length();
    }
}
