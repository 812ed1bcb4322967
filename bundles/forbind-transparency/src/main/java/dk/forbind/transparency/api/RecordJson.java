package dk.forbind.transparency.api;

import dk.forbind.transparency.chain.LoggedEvent;
import java.time.Instant;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/** A stored record as the citizen API shows it: the event, and its place and seal in the chain. */
final class RecordJson {
    private RecordJson() {
    }

    static JsonObject of(LoggedEvent r) {
        JsonObject json = new JsonObject();
        json.put("eventId", r.eventId());
        json.put("logTime", r.logTime().toString());
        json.put("processingType", r.processingType().name());
        json.put("purpose", r.purpose());
        json.put("legalBasis", r.legalBasis());
        json.put("dataCategories", new JsonArray(r.dataCategories()));
        JsonObject initiator = new JsonObject();
        initiator.put("code", r.initiatorOrgCode());
        initiator.put("name", r.initiatorOrgName());
        initiator.put("system", r.initiatorSystem());
        json.put("initiatorOrg", initiator);
        json.put("initiatorPerson", r.initiatorPerson());
        json.put("targetOrg", r.targetOrg());
        json.put("sourceOrg", r.sourceOrg());
        json.put("connector", r.connector());
        json.put("correlationId", r.correlationId());
        json.put("caseId", r.caseId());
        json.put("bulk", r.bulk());
        json.put("hiddenUntil", text(r.hiddenUntil()));
        json.put("hiddenReason", r.hiddenReason());
        json.put("seq", r.seq());
        json.put("hash", r.hash());
        return json;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
