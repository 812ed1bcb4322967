package dk.forbind.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    private static final String AWKWARD = "quote \" backslash \\ slash / newline \n return \r tab \t bell \u0007"
            + " nul \u0000 line separator \u2028 Danish æøå ÆØÅ emoji \uD83D\uDE00 </script>";

    @Test
    void everyStringComesBackAsItWasFromAJsonParser() throws Exception {
        String text = new JsonText().field("awkward", AWKWARD).field(AWKWARD, "as a name").close();
        JsonObject json = (JsonObject) Jsoner.deserialize(text);
        assertEquals(AWKWARD, json.getString("awkward"));
        assertEquals("as a name", json.getString(AWKWARD));
    }

    @Test
    void nestedObjectsListsBooleansAndNullsAreJson() throws Exception {
        String text = new JsonText().field("a", "1").object("inner").field("b", "2").field("none", (String) null)
                .end().field("list", Arrays.asList("x", null, AWKWARD)).field("empty", List.of())
                .field("yes", true).field("count", 42L).close();
        JsonObject json = (JsonObject) Jsoner.deserialize(text);
        assertEquals("1", json.getString("a"));
        JsonObject inner = (JsonObject) json.get("inner");
        assertEquals("2", inner.getString("b"));
        assertNull(inner.get("none"));
        assertEquals(Arrays.asList("x", null, AWKWARD), json.getCollection("list"));
        assertEquals(List.of(), json.getCollection("empty"));
        assertEquals(true, json.getBoolean("yes"));
        assertEquals(42, json.getInteger("count"));
        assertEquals(7, json.size() + inner.size() - 1, text);
    }

    @Test
    void controlCharactersAreEscapedNotWritten() {
        String text = new JsonText().field("c", "\u0001\u001f\n").close();
        assertEquals("{\"c\":\"\\u0001\\u001f\\n\"}", text);
    }

    @Test
    void aSingleStringIsQuotedTheSameWay() throws Exception {
        assertEquals("null", JsonText.quote(null));
        assertEquals("\"plain æøå\"", JsonText.quote("plain æøå"));
        assertEquals(AWKWARD, Jsoner.deserialize(JsonText.quote(AWKWARD)));
        assertEquals("\"\\u2028\\b\"", JsonText.quote("\u2028\b"));
    }
}
