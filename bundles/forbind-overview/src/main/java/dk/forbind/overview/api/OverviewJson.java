package dk.forbind.overview.api;

import dk.forbind.api.overview.HeldField;
import dk.forbind.api.overview.HeldItem;
import dk.forbind.api.overview.Overview;
import dk.forbind.api.overview.SourceAnswer;
import dk.forbind.api.overview.Wording;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/** An overview as the API answers it: every text in Danish and English. */
final class OverviewJson {
    private OverviewJson() {
    }

    static JsonObject of(Overview overview) {
        JsonObject json = new JsonObject();
        JsonObject subject = new JsonObject();
        subject.put("type", overview.subject().type().name());
        subject.put("id", overview.subject().id());
        json.put("subject", subject);
        json.put("askedAt", overview.askedAt().toString());
        json.put("partial", overview.partial());
        JsonArray sources = new JsonArray();
        overview.sources().forEach(s -> sources.add(source(s)));
        json.put("sources", sources);
        return json;
    }

    private static JsonObject source(SourceAnswer answer) {
        JsonObject json = new JsonObject();
        json.put("connector", answer.source().connector());
        json.put("agency", answer.source().agency());
        json.put("title", wording(answer.source().title()));
        json.put("status", answer.status().name());
        json.put("millis", answer.took().toMillis());
        json.put("reason", answer.reason());
        answer.answer().ifPresent(holdings -> {
            JsonArray items = new JsonArray();
            holdings.items().forEach(item -> items.add(item(item)));
            json.put("items", items);
        });
        return json;
    }

    private static JsonObject item(HeldItem item) {
        JsonObject json = new JsonObject();
        json.put("heading", wording(item.heading()));
        JsonArray fields = new JsonArray();
        for (HeldField field : item.fields()) {
            JsonObject shown = new JsonObject();
            shown.put("label", wording(field.label()));
            shown.put("value", wording(field.value()));
            fields.add(shown);
        }
        json.put("fields", fields);
        return json;
    }

    private static JsonObject wording(Wording text) {
        JsonObject json = new JsonObject();
        json.put("da", text.da());
        json.put("en", text.en());
        return json;
    }
}
