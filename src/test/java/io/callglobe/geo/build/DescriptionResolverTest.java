package io.callglobe.geo.build;

import io.callglobe.geo.Precision;
import io.callglobe.geo.build.DescriptionResolver.Resolution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DescriptionResolverTest {

    private static DescriptionResolver resolver;

    @BeforeAll
    static void gazetteer(@TempDir Path dir) throws Exception {
        Path cities = Files.writeString(dir.resolve("cities.tsv"), String.join("\n",
                "geonameid\tname\talt_names\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon",
                "1\tNew York City\t\tUS\tNY\tPPL\t8804190\t40.71427\t-74.00597",
                "2\tAllentown\t\tUS\tPA\tPPL\t121000\t40.60843\t-75.49018",
                "3\tLisbon\t\tUS\tOH\tPPL\t2845\t39.86089\t-83.6352",
                "4\tLisbon\t\tPT\t14\tPPLC\t517802\t38.71667\t-9.13333",
                "5\tVila Nova de Famalicão\t\tPT\t03\tPPL\t30000\t41.40797\t-8.51981",
                "6\tParaty\t\tBR\t21\tPPL\t27000\t-23.21778\t-44.71306",
                "7\tParaty\t\tBR\t15\tPPL\t1000\t-20.0\t-44.0",
                "8\tHalifax\t\tCA\t07\tPPL\t400000\t44.64533\t-63.57239")) ;
        Path admin1 = Files.writeString(dir.resolve("admin1.tsv"), String.join("\n",
                "code\tname", "US.NY\tNew York", "US.PA\tPennsylvania", "US.OH\tOhio", "PT.14\tLisbon", "PT.03\tBraga",
                "BR.21\tRio de Janeiro", "BR.15\tMinas Gerais", "CA.07\tNova Scotia", "CA.13\tNorthwest Territories"));
        resolver = new DescriptionResolver(Gazetteer.read(cities, admin1));
    }

    @Test
    void cityWithStateAbbreviation() {
        Resolution r = resolver.resolve("US", "New York, NY", true).orElseThrow();
        assertEquals(Precision.CITY, r.precision());
        assertEquals(40.71427, r.lat(), 1e-6);
    }

    @Test
    void bareStateNameIsARegionWhereCitiesUsuallyCarryTheirState() {
        Resolution r = resolver.resolve("US", "Pennsylvania", true).orElseThrow();
        assertEquals(Precision.REGION, r.precision());
        assertEquals("PA", r.admin1());
    }

    @Test
    void unknownCityFallsBackToItsState() {
        Resolution r = resolver.resolve("US", "Wynnewood, PA", true).orElseThrow();
        assertEquals(Precision.REGION, r.precision());
        assertEquals("PA", r.admin1());
    }

    @Test
    void searchesOnlyTheNumbersCountry() {
        Resolution r = resolver.resolve("PT", "Lisbon", false).orElseThrow();
        assertEquals(Precision.CITY, r.precision());
        assertEquals(-9.13333, r.lon(), 1e-6);
    }

    @Test
    void expandsAbbreviatedWords() {
        assertEquals("03", resolver.resolve("PT", "V. N. de Famalicão", false).orElseThrow().admin1());
    }

    @Test
    void brazilianStateAfterADashPicksTheRightNamesake() {
        Resolution r = resolver.resolve("BR", "Paraty - RJ", true).orElseThrow();
        assertEquals("21", r.admin1());
    }

    @Test
    void provinceInitialsBeatLooserAbbreviations() {
        assertEquals("07", resolver.resolve("CA", "Baddeck, NS", true).orElseThrow().admin1());
    }

    @Test
    void countryNameAndUnknownPlacesAreLeftToCountryLevel() {
        assertTrue(resolver.resolve("PT", "Portugal", false).isEmpty());
        assertTrue(resolver.resolve("PT", "Nowhere", false).isEmpty());
    }
}
