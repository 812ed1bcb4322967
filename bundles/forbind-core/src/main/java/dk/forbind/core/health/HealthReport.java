package dk.forbind.core.health;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;

/** Readiness of the node: broker, database and connectors, as one JSON document. */
record HealthReport(String brokerProblem, String databaseProblem, List<ConnectorStatus> connectors) {

    /** Ready when broker and database answer and no connector is starting or failed. */
    boolean ready() {
        return brokerProblem == null && databaseProblem == null && connectors.stream()
                .noneMatch(c -> c.state() == ConnectorState.STARTING || c.state() == ConnectorState.FAILED);
    }

    String toJson(Instant now) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (ConnectorStatus c : connectors) {
            list.add("{\"id\":" + JsonText.quote(c.id()) + ",\"agency\":" + JsonText.quote(c.agency())
                    + ",\"state\":" + JsonText.quote(c.state().name()) + ",\"messagesIn\":" + c.messagesIn()
                    + ",\"messagesOut\":" + c.messagesOut() + ",\"messagesFailed\":" + c.messagesFailed()
                    + ",\"uptimeSeconds\":" + c.uptime(now).toSeconds() + ",\"reason\":" + JsonText.quote(c.reason())
                    + "}");
        }
        return "{\"status\":" + JsonText.quote(ready() ? "UP" : "DOWN")
                + ",\"broker\":" + check(brokerProblem)
                + ",\"database\":" + check(databaseProblem)
                + ",\"connectors\":" + list + "}";
    }

    private static String check(String problem) {
        return problem == null ? "{\"status\":\"UP\"}"
                : "{\"status\":\"DOWN\",\"reason\":" + JsonText.quote(problem) + "}";
    }
}
