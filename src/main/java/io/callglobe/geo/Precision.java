package io.callglobe.geo;

import java.util.Locale;

/** How finely a phone number's location is known, finest first. */
public enum Precision {
    CITY, REGION, COUNTRY, UNKNOWN;

    /** The lower-case name used in output ("city", "region", ...). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
