package io.callglobe.geo.build;

/** One row of GeoNames cities1000. */
record GeoNamesPlace(String name, String regionCode, String admin1, long population, double lat, double lon) {
}
