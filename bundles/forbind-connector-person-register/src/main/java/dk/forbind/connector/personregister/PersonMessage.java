package dk.forbind.connector.personregister;

import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.person.PersonRecord;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/** Reads the JSON body of a person message (see {@link PersonRecord#toJson()}). */
final class PersonMessage {

    private PersonMessage() {
    }

    static PersonRecord parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidMessageException("person message has no body");
        }
        Object parsed;
        try {
            parsed = Jsoner.deserialize(body);
        } catch (DeserializationException e) {
            throw new InvalidMessageException("person message is not JSON: " + e.getMessage());
        }
        if (!(parsed instanceof JsonObject)) {
            throw new InvalidMessageException("person message must be a JSON object");
        }
        JsonObject json = (JsonObject) parsed;
        String cpr = json.getString("cpr");
        if (cpr == null || !cpr.matches("\\d{10}")) {
            throw new InvalidMessageException("person message needs a 10-digit \"cpr\"");
        }
        return new PersonRecord(cpr, json.getString("firstNames"), json.getString("surname"),
                json.getString("street"), json.getString("postcode"), json.getString("city"));
    }
}
