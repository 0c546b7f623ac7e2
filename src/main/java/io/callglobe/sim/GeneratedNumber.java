package io.callglobe.sim;

import java.time.ZoneId;

/** A valid phone number in E.164 form, with the region and time zone it belongs to. */
record GeneratedNumber(String e164, String regionCode, ZoneId zone) {
}
