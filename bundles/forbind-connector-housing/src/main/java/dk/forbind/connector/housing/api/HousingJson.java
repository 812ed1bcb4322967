package dk.forbind.connector.housing.api;

import dk.forbind.connector.housing.application.ApplicationRecord;
import dk.forbind.connector.housing.application.ApplicationStatus;
import dk.forbind.connector.housing.casesystem.Case;
import dk.forbind.connector.housing.casesystem.Decision;
import java.util.UUID;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/** The JSON a citizen reads: applications as Forbind keeps them, cases as the case system holds them. */
final class HousingJson {
    private HousingJson() {
    }

    static JsonObject queued(UUID id) {
        JsonObject json = new JsonObject();
        json.put("applicationId", id.toString());
        json.put("status", ApplicationStatus.QUEUED.name());
        json.put("statusText", ApplicationStatus.QUEUED.danish());
        return json;
    }

    static JsonObject application(ApplicationRecord application) {
        JsonObject json = new JsonObject();
        json.put("applicationId", application.id().toString());
        json.put("status", application.status().name());
        json.put("statusText", application.status().danish());
        json.put("receivedAt", application.receivedAt().toString());
        json.put("updatedAt", application.updatedAt().toString());
        json.put("submittedByRepresentative", application.submittedByCpr() != null);
        if (application.caseId() != null) {
            json.put("caseId", application.caseId());
        }
        if (!application.reasons().isEmpty()) {
            json.put("reasons", new JsonArray(application.reasons()));
        }
        if (application.granted() != null) {
            JsonObject decision = new JsonObject();
            decision.put("granted", application.granted());
            decision.put("monthlyAmount", application.monthlyAmount());
            json.put("decision", decision);
        }
        if (application.letter() != null) {
            json.put("decisionLetter", application.letter().toString());
        }
        return json;
    }

    static JsonObject of(Case shown) {
        JsonObject json = new JsonObject();
        json.put("caseId", shown.getCaseId());
        json.put("applicationId", shown.getApplicationReference());
        json.put("status", shown.getStatus().name());
        json.put("receivedAt", shown.getReceivedAt().toXMLFormat());
        Decision decision = shown.getDecision();
        if (decision != null) {
            JsonObject decided = new JsonObject();
            decided.put("granted", decision.isGranted());
            decided.put("monthlyAmount", decision.getMonthlyAmount());
            decided.put("effectiveFrom", decision.getEffectiveFrom().toXMLFormat());
            decided.put("reason", decision.getReason());
            decided.put("decidedAt", decision.getDecidedAt().toXMLFormat());
            json.put("decision", decided);
        }
        return json;
    }
}
