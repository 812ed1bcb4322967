package dk.forbind.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.overview.Holdings;
import org.junit.jupiter.api.Test;

class HoldingsJsonTest {

    @Test
    void textsInOneOrBothLanguagesAndNothingHeld() {
        Holdings held = HoldingsJson.read("{\"items\":[{\"heading\":\"Din sag\",\"fields\":[{\"label\":{\"da\":"
                + "\"Sagsnummer\",\"en\":\"Case number\"},\"value\":\"K-2026-17\"},"
                + "{\"label\":\"Beløb\",\"value\":42}]}]}");
        assertEquals("Din sag", held.items().get(0).heading().en());
        assertEquals("Case number", held.items().get(0).fields().get(0).label().en());
        assertEquals("Sagsnummer", held.items().get(0).fields().get(0).label().da());
        assertEquals("42", held.items().get(0).fields().get(1).value().da());
        assertTrue(HoldingsJson.read("{\"items\":[]}").items().isEmpty());
    }

    @Test
    void anythingElseSaysWhereItIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HoldingsJson.read("not json")).getMessage()
                .contains("no JSON"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HoldingsJson.read("{\"rows\":[]}"))
                .getMessage().contains("{\"items\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> HoldingsJson.read(
                "{\"items\":[{\"heading\":\"x\",\"fields\":[{\"label\":[],\"value\":\"v\"}]}]}")).getMessage()
                .contains("items[0].fields[0].label"));
    }
}
