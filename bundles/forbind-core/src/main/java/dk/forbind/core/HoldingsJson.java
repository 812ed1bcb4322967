package dk.forbind.core;

import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.Wording;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * The holdings a look-up route answers ({@link RouteSubjectLookup}), as JSON:
 * <pre>
 * {"items": [{"heading": "Din sag",
 *             "fields": [{"label": {"da": "Sagsnummer", "en": "Case number"}, "value": "K-2026-17"}]}]}
 * </pre>
 * Every text is either one string (the same in Danish and English) or {@code {"da": ..., "en": ...}}; no items when
 * the system holds nothing. Anything else is an IllegalArgumentException that says where.
 */
public final class HoldingsJson {
    private HoldingsJson() {
    }

    public static Holdings read(String json) {
        Object parsed;
        try {
            parsed = Jsoner.deserialize(json == null ? "" : json);
        } catch (DeserializationException e) {
            throw new IllegalArgumentException("the look-up answered no JSON: " + e.getMessage());
        }
        if (!(parsed instanceof JsonObject answer) || !(answer.get("items") instanceof JsonArray items)) {
            throw new IllegalArgumentException("the look-up must answer {\"items\": [...]}");
        }
        List<HeldItem> held = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> item) || !(item.get("fields") instanceof List<?> fields)) {
                throw new IllegalArgumentException("items[" + i + "] must be {\"heading\": ..., \"fields\": [...]}");
            }
            List<HeldField> shown = new ArrayList<>();
            for (int f = 0; f < fields.size(); f++) {
                if (!(fields.get(f) instanceof Map<?, ?> field)) {
                    throw new IllegalArgumentException("items[" + i + "].fields[" + f + "] must be an object");
                }
                String where = "items[" + i + "].fields[" + f + "].";
                shown.add(new HeldField(wording(field.get("label"), where + "label"),
                        wording(field.get("value"), where + "value")));
            }
            held.add(new HeldItem(wording(item.get("heading"), "items[" + i + "].heading"), shown));
        }
        return new Holdings(held);
    }

    private static Wording wording(Object text, String where) {
        if (text instanceof String plain) {
            return Wording.of(plain);
        }
        if (text instanceof Number || text instanceof Boolean) {
            return Wording.of(text.toString());
        }
        if (text instanceof Map<?, ?> both && both.get("da") instanceof String da) {
            return new Wording(da, both.get("en") instanceof String en ? en : da);
        }
        throw new IllegalArgumentException(where + " must be a text or {\"da\": ..., \"en\": ...}");
    }
}
