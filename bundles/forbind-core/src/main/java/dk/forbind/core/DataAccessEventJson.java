package dk.forbind.core;

import dk.forbind.api.DataSubject;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.JsonText;
import dk.forbind.api.SubjectType;
import dk.forbind.api.transparency.DataAccessEvent;
import dk.forbind.api.transparency.InitiatorOrg;
import dk.forbind.api.transparency.ProcessingType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.apache.camel.util.json.DeserializationException;
import org.apache.camel.util.json.JsonObject;
import org.apache.camel.util.json.Jsoner;

/**
 * The JSON form of a {@link DataAccessEvent} on {@code forbind.transparency.events}: written by the
 * capture in every connector, read by the transparency registry. Field names are the record's.
 */
public final class DataAccessEventJson {

    private DataAccessEventJson() {
    }

    public static String write(DataAccessEvent event) {
        return new JsonText()
                .field("eventId", event.eventId())
                .field("logTime", event.logTime().toString())
                .object("subject")
                .field("type", event.subject().type().name())
                .field("id", event.subject().id())
                .end()
                .field("processingType", event.processingType().name())
                .field("purpose", event.purpose())
                .field("legalBasis", event.legalBasis())
                .field("dataCategories", event.dataCategories())
                .object("initiatorOrg")
                .field("code", event.initiatorOrg().code())
                .field("name", event.initiatorOrg().name())
                .field("system", event.initiatorOrg().system())
                .end()
                .field("initiatorPerson", event.initiatorPerson())
                .field("targetOrg", event.targetOrg())
                .field("sourceOrg", event.sourceOrg())
                .field("connector", event.connector())
                .field("correlationId", event.correlationId())
                .field("caseId", event.caseId())
                .field("bulk", event.bulk())
                .field("hiddenUntil", event.hiddenUntil() == null ? null : event.hiddenUntil().toString())
                .field("hiddenReason", event.hiddenReason())
                .close();
    }

    /** @throws InvalidMessageException when the text is not a complete, valid event */
    public static DataAccessEvent read(String text) {
        try {
            Object parsed = Jsoner.deserialize(text == null ? "" : text);
            if (!(parsed instanceof JsonObject)) {
                throw new InvalidMessageException("data-access event must be a JSON object");
            }
            JsonObject json = (JsonObject) parsed;
            JsonObject subject = object(json, "subject");
            JsonObject initiator = object(json, "initiatorOrg");
            List<String> categories = json.getCollection("dataCategories");
            return new DataAccessEvent(json.getString("eventId"), instant(json.getString("logTime")),
                    new DataSubject(SubjectType.valueOf(subject.getString("type")), subject.getString("id")),
                    ProcessingType.parse(json.getString("processingType")),
                    json.getString("purpose"), json.getString("legalBasis"),
                    categories == null ? List.of() : categories,
                    new InitiatorOrg(initiator.getString("code"), initiator.getString("name"),
                            initiator.getString("system")),
                    json.getString("initiatorPerson"), json.getString("targetOrg"), json.getString("sourceOrg"),
                    json.getString("connector"), json.getString("correlationId"), json.getString("caseId"),
                    Boolean.TRUE.equals(json.getBoolean("bulk")), instant(json.getString("hiddenUntil")),
                    json.getString("hiddenReason"));
        } catch (DeserializationException e) {
            throw new InvalidMessageException("data-access event is not JSON: " + e.getMessage());
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | DateTimeParseException e) {
            throw new InvalidMessageException("data-access event is incomplete or invalid: " + e.getMessage());
        }
    }

    private static JsonObject object(JsonObject json, String key) {
        Object value = json.get(key);
        if (!(value instanceof JsonObject)) {
            throw new InvalidMessageException("data-access event needs an object \"" + key + "\"");
        }
        return (JsonObject) value;
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }
}
