package dk.forbind.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectorDependencyTest {

    @Test
    void aConnectorNamesWhatItNeedsOnceEach() {
        ConnectorDescriptor connector = ConnectorDescriptor.withoutPersonalData("case-sender", "29190623", "")
                .dependingOn(ConnectorDependency.database(), ConnectorDependency.http("case-system",
                        "https://sag.example.dk/health"));
        assertEquals(2, connector.dependencies().size());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> connector.dependingOn(ConnectorDependency.database()));
        assertTrue(twice.getMessage().contains("names a dependency twice"), twice.getMessage());
    }

    @Test
    void anHttpDependencyNeedsAnHttpUrlAndAName() {
        assertThrows(IllegalArgumentException.class, () -> ConnectorDependency.http("case-system", "ftp://x/"));
        assertThrows(IllegalArgumentException.class, () -> ConnectorDependency.http("Case System", "https://x/"));
        assertEquals(ConnectorDependency.Kind.ADDRESS, ConnectorDependency.parse("address:forbind.alerts.in").kind());
        assertEquals("forbind-alerts-in", ConnectorDependency.parse("address:forbind.alerts.in").name());
    }
}
