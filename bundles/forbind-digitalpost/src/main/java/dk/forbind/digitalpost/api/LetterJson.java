package dk.forbind.digitalpost.api;

import dk.forbind.digitalpost.letter.LetterRecord;
import dk.forbind.digitalpost.letter.StatusChange;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/** A letter's status as the API shows it to its sender: no content, the recipient masked. */
final class LetterJson {
    private LetterJson() {
    }

    static String of(LetterRecord letter) {
        JsonObject json = new JsonObject();
        json.put("messageUUID", letter.uuid().toString());
        json.put("status", letter.status().name());
        json.put("channel", letter.channel());
        json.put("label", letter.label());
        json.put("senderID", letter.senderId());
        json.put("recipient", letter.recipient().toString());
        json.put("caseID", letter.caseId());
        json.put("transactionID", letter.transactionId());
        json.put("contentBytes", letter.contentBytes());
        json.put("contentKept", letter.contentKept());
        json.put("acceptedAt", letter.acceptedAt().toString());
        json.put("updatedAt", letter.updatedAt().toString());
        JsonArray history = new JsonArray();
        for (StatusChange change : letter.history()) {
            JsonObject step = new JsonObject();
            step.put("at", change.at().toString());
            step.put("status", change.status().name());
            step.put("code", change.code());
            step.put("detail", change.detail());
            history.add(step);
        }
        json.put("history", history);
        return json.toJson();
    }
}
