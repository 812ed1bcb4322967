package dk.forbind.api;

import java.time.Duration;
import java.time.Instant;

/** What operators see of a connector: who it is, its state and its traffic since it started. */
public record ConnectorStatus(String id, String agency, ConnectorState state, long messagesIn, long messagesOut,
                              long messagesFailed, Instant startedAt, String reason) {

    public Duration uptime(Instant now) {
        boolean up = state == ConnectorState.RUNNING || state == ConnectorState.WAITING;
        return startedAt == null || !up ? Duration.ZERO : Duration.between(startedAt, now);
    }
}
