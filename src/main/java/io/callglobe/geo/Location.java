package io.callglobe.geo;

/**
 * Where a phone number is, as far as its prefix tells.
 *
 * @param e164       the number in E.164 form, or null when the input could not be parsed as a number
 * @param point      the position to draw, or null when {@code precision} is UNKNOWN
 * @param precision  how finely the position is known
 * @param placeName  the geocoder's place name ("Lisbon", "New York, NY", "Portugal"), empty when unknown
 * @param regionCode the ISO 3166-1 alpha-2 country of the number, or null when not known
 * @param valid      whether libphonenumber considers the number valid
 * @param problem    why the number could not be located ("not a number", "invalid for its region",
 *                   "not tied to a country"), null when it was
 */
public record Location(String e164, GeoPoint point, Precision precision, String placeName,
                       String regionCode, boolean valid, String problem) {

    static Location unlocated(String e164, String regionCode, boolean valid, String problem) {
        return new Location(e164, null, Precision.UNKNOWN, "", regionCode, valid, problem);
    }

    static Location invalid(String e164, String regionCode, String problem) {
        return unlocated(e164, regionCode, false, problem);
    }
}
