package io.callglobe.sim;

import java.util.List;
import java.util.Random;

/** The weighted mix of customers' countries, on every continent, with the area codes of their big cities. */
final class CustomerCountries {

    static final List<Country> WORLD = List.of(
            new Country("US", 20, List.of("212", "415", "312", "213", "617", "305", "206", "512", "404", "214",
                    "303", "602")),
            new Country("CA", 3, List.of("416", "514", "604", "403")),
            new Country("MX", 3, List.of("55", "33", "81")),
            new Country("BR", 6, List.of("11", "21", "31", "61", "51", "71")),
            new Country("AR", 2, List.of("11", "351", "341")),
            new Country("CO", 2, List.of("601", "604", "602")),
            new Country("CL", 1, List.of("22", "32")),
            new Country("PE", 1, List.of("1")),
            new Country("GB", 8, List.of("20", "161", "121", "131", "141", "113", "117")),
            new Country("IE", 1, List.of("1", "21")),
            new Country("PT", 4, List.of("21", "22", "239", "289")),
            new Country("ES", 4, List.of("91", "93", "96", "954")),
            new Country("FR", 5, List.of("1", "478", "491", "561", "388")),
            new Country("DE", 6, List.of("30", "40", "89", "221", "69", "711")),
            new Country("IT", 3, List.of("06", "02", "081", "011")),
            new Country("NL", 2, List.of("20", "10", "70")),
            new Country("PL", 2, List.of("22", "12")),
            new Country("SE", 1, List.of("8", "31")),
            new Country("ZA", 2, List.of("11", "21", "31")),
            new Country("NG", 2, List.of("201", "209")),
            new Country("EG", 1, List.of("2", "3")),
            new Country("KE", 1, List.of("20")),
            new Country("IN", 5, List.of("11", "22", "80", "44", "33")),
            new Country("JP", 3, List.of("3", "6", "52")),
            new Country("SG", 1, List.of("6")),
            new Country("PH", 1, List.of("2")),
            new Country("AE", 1, List.of("4", "2")),
            new Country("AU", 3, List.of("2", "3", "7", "8")),
            new Country("NZ", 1, List.of("9", "4")));

    private static final double TOTAL_WEIGHT = WORLD.stream().mapToDouble(Country::weight).sum();

    private CustomerCountries() {
    }

    static Country pick(Random random) {
        double target = random.nextDouble() * TOTAL_WEIGHT;
        for (Country country : WORLD) {
            target -= country.weight();
            if (target < 0) {
                return country;
            }
        }
        return WORLD.get(WORLD.size() - 1);
    }

    static Country byRegion(String regionCode) {
        return WORLD.stream().filter(c -> c.regionCode().equals(regionCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such country in the mix: " + regionCode));
    }
}
