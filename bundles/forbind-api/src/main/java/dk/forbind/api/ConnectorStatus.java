package dk.forbind.api;

import java.time.Duration;
import java.time.Instant;

/**
 * What operators see of a connector: who it is, its state and its traffic since it started, and the version that
 * runs (its bundle's version, or a digest of its route file).
 */
public record ConnectorStatus(String id, String agency, ConnectorState state, long messagesIn, long messagesOut,
                              long messagesFailed, Instant startedAt, String reason, String version) {

    public Duration uptime(Instant now) {
        boolean up = state == ConnectorState.RUNNING || state == ConnectorState.WAITING
                || state == ConnectorState.SUSPENDED;
        return startedAt == null || !up ? Duration.ZERO : Duration.between(startedAt, now);
    }
}
