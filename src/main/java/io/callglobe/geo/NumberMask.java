package io.callglobe.geo;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Masks phone numbers for display and logs. The rule, for a number that parses as international (E.164):
 * keep "+", the country calling code, the first two national digits when the national number has 9 digits or more,
 * and up to the last four national digits, always hiding at least three; the hidden digits become a fixed
 * "•••", which hides their count as well: {@code +351961918192} gives {@code +35196•••8192} and
 * {@code +12125551234} gives {@code +121•••1234} (calling code 1, then "21").
 * Anything else (an unparseable input) keeps only its last two characters: {@code hello} gives {@code •••lo}.
 */
public final class NumberMask {

    static final String HIDDEN = "•••";
    private static final int MIN_HIDDEN = 3;

    private NumberMask() {
    }

    public static String mask(String number) {
        if (number == null || number.isEmpty()) {
            return "";
        }
        try {
            PhoneNumber parsed = PhoneNumberUtil.getInstance().parse(number, "ZZ");
            return maskNational(parsed.getCountryCode(), PhoneNumberUtil.getInstance().getNationalSignificantNumber(parsed));
        } catch (NumberParseException e) {
            return HIDDEN + number.substring(Math.max(0, number.length() - 2));
        }
    }

    private static String maskNational(int callingCode, String national) {
        int n = national.length();
        int head = n >= 9 ? 2 : 0;
        int tail = Math.max(0, Math.min(4, n - head - MIN_HIDDEN));
        return "+" + callingCode + national.substring(0, head) + HIDDEN + national.substring(n - tail);
    }
}
