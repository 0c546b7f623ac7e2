package io.callglobe.sim;

import java.util.List;

/**
 * Where customers call from.
 *
 * @param regionCode  ISO 3166 code as libphonenumber knows it, e.g. "GB"
 * @param weight      relative share of the calls
 * @param areaCodes   national prefixes of big cities' fixed lines, so that numbers geocode to those cities
 */
record Country(String regionCode, double weight, List<String> areaCodes) {
}
