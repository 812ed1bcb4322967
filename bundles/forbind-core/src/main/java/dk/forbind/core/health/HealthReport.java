package dk.forbind.core.health;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.JsonText;
import dk.forbind.api.cluster.BrokerState;
import dk.forbind.api.cluster.ClusterView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Readiness of the node as one JSON document: boot, broker, database, connectors, dead letters and connector versions
 * that could not be deployed. The status is {@code DOWN} (503) while the boot features are being installed, when the
 * broker or the database does not answer or a connector is starting or failed; otherwise {@code WAITING} while a connector waits for a dependency,
 * {@code DEGRADED} while messages wait on a dead-letter queue for an operator or a new connector version could not
 * be deployed, and {@code UP} — all three 200: the node takes work and loses none. Beside the status: the broker's
 * account of itself (live or backup, HA policy, topology) and the node among the others (its roles, the nodes seen),
 * each null when unknown.
 */
record HealthReport(boolean booted, String brokerProblem, String databaseProblem, List<ConnectorStatus> connectors,
                    List<DeadLetters> deadLetters, List<String> deploymentProblems, BrokerState broker,
                    ClusterView cluster) {
    /** Until then connectors may still be on their way: none listed is not all running. */
    static final String BOOTING = "the boot features are still being installed";

    /** A dead-letter queue that holds messages: how many, and when the oldest was parked. */
    record DeadLetters(String queue, long messages, Instant oldestParkedAt) {
    }

    /** Ready when the boot has finished, broker and database answer and no connector is starting or failed. */
    boolean ready() {
        return booted && brokerProblem == null && databaseProblem == null && connectors.stream()
                .noneMatch(c -> c.state() == ConnectorState.STARTING || c.state() == ConnectorState.FAILED);
    }

    String status() {
        if (!ready()) {
            return "DOWN";
        }
        if (connectors.stream().anyMatch(c -> c.state() == ConnectorState.WAITING)) {
            return "WAITING";
        }
        return deadLetters.isEmpty() && deploymentProblems.isEmpty() ? "UP" : "DEGRADED";
    }

    String toJson(Instant now) {
        StringJoiner list = new StringJoiner(",", "[", "]");
        for (ConnectorStatus c : connectors) {
            list.add("{\"id\":" + JsonText.quote(c.id()) + ",\"agency\":" + JsonText.quote(c.agency())
                    + ",\"state\":" + JsonText.quote(c.state().name()) + ",\"messagesIn\":" + c.messagesIn()
                    + ",\"messagesOut\":" + c.messagesOut() + ",\"messagesFailed\":" + c.messagesFailed()
                    + ",\"countedSince\":" + JsonText.quote(c.startedAt() == null ? null : c.startedAt().toString())
                    + ",\"uptimeSeconds\":" + c.uptime(now).toSeconds() + ",\"reason\":" + JsonText.quote(c.reason())
                    + ",\"version\":" + JsonText.quote(c.version())
                    + "}");
        }
        StringJoiner parked = new StringJoiner(",", "[", "]");
        for (DeadLetters d : deadLetters) {
            parked.add("{\"queue\":" + JsonText.quote(d.queue()) + ",\"messages\":" + d.messages()
                    + ",\"oldestParkedAt\":" + JsonText.quote(d.oldestParkedAt() == null ? null
                    : d.oldestParkedAt().toString())
                    + ",\"oldestAgeSeconds\":" + (d.oldestParkedAt() == null ? "null"
                    : Long.toString(Duration.between(d.oldestParkedAt(), now).toSeconds())) + "}");
        }
        return "{\"status\":" + JsonText.quote(status())
                + ",\"boot\":" + check(booted ? null : BOOTING)
                + ",\"broker\":" + (brokerProblem == null && broker != null ? ClusterJson.broker(broker)
                : check(brokerProblem))
                + ",\"database\":" + check(databaseProblem)
                + ",\"connectors\":" + list
                + ",\"deadLetters\":" + parked
                + ",\"deploymentProblems\":" + deploymentProblems.stream().map(JsonText::quote)
                .collect(Collectors.joining(",", "[", "]"))
                + ",\"node\":" + (cluster == null ? "null" : ClusterJson.node(cluster)) + "}";
    }

    private static String check(String problem) {
        return problem == null ? "{\"status\":\"UP\"}"
                : "{\"status\":\"DOWN\",\"reason\":" + JsonText.quote(problem) + "}";
    }
}
