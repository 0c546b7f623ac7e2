package io.callglobe.geo.build;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceNamesTest {

    @Test
    void keysIgnoreCaseDiacriticsPunctuationAndSaintSpellings() {
        assertEquals(PlaceNames.key("Santarém"), PlaceNames.key("SANTAREM"));
        assertEquals(PlaceNames.key("Xi'an"), PlaceNames.key("XiAn"));
        assertEquals(PlaceNames.key("Großhabersdorf"), PlaceNames.key("Grosshabersdorf"));
        assertEquals(PlaceNames.key("Płock"), PlaceNames.key("Plock"));
        assertEquals(PlaceNames.key("Saint Andrews"), PlaceNames.key("St Andrews"));
    }

    @Test
    void subdivisionKeysDropTheKindOfSubdivision() {
        assertEquals(PlaceNames.subdivisionKey("Minsk"), PlaceNames.subdivisionKey("Minsk Region"));
        assertEquals(PlaceNames.subdivisionKey("Karachayevo-Cherkessiya Republic"), PlaceNames.subdivisionKey("Karachayevo-Cherkessiya"));
    }

    @Test
    void expandsDottedAbbreviations() {
        assertTrue(PlaceNames.expandsTo("V. N. de Famalicão", "Vila Nova de Famalicão"));
        assertTrue(PlaceNames.expandsTo("St. Zagora", "Stara Zagora"));
        assertFalse(PlaceNames.expandsTo("St. Zagora", "Zagora"));
    }

    @Test
    void recognisesInitialsAndLetterAbbreviations() {
        assertEquals("ns", PlaceNames.initials("Nova Scotia"));
        assertEquals("mgs", PlaceNames.initials("Mato Grosso do Sul"));
        assertTrue(PlaceNames.canAbbreviate("TAMPS", "Tamaulipas"));
        assertTrue(PlaceNames.canAbbreviate("QC", "Quebec"));
        assertFalse(PlaceNames.canAbbreviate("QC", "Ontario"));
    }
}
