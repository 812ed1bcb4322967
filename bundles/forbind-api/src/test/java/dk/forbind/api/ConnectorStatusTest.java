package dk.forbind.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConnectorStatusTest {
    private static final Instant STARTED = Instant.parse("2026-11-30T12:00:00Z");
    private static final Instant NOW = STARTED.plusSeconds(90);

    @Test
    void aWaitingOrSuspendedConnectorIsStillUpAStoppedOneIsNot() {
        assertEquals(Duration.ofSeconds(90), status(ConnectorState.RUNNING).uptime(NOW));
        assertEquals(Duration.ofSeconds(90), status(ConnectorState.WAITING).uptime(NOW));
        assertEquals(Duration.ofSeconds(90), status(ConnectorState.SUSPENDED).uptime(NOW));
        assertEquals(Duration.ZERO, status(ConnectorState.STOPPED).uptime(NOW));
    }

    private static ConnectorStatus status(ConnectorState state) {
        return new ConnectorStatus("person-register", "29190623", state, 0, 0, 0, STARTED, null, "1.0.0");
    }
}
