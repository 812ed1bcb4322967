package dk.forbind.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.forbind.api.ConnectorState;
import java.lang.reflect.Proxy;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/** What an operator kept with --persist, in configuration PID dk.forbind.connectors. */
class ConnectorHoldsTest {
    private Dictionary<String, Object> stored;
    private final ConnectorHolds holds = new ConnectorHolds(configurationAdmin());

    @Test
    void aKeptStopIsReadBackUntilForgotten() {
        assertEquals(Optional.empty(), holds.held("cpr-batch"));
        holds.keep("cpr-batch", ConnectorState.STOPPED);
        holds.keep("housing-benefit", ConnectorState.SUSPENDED);
        assertEquals(Optional.of(ConnectorState.STOPPED), holds.held("cpr-batch"));
        assertEquals("STOPPED", stored.get("cpr-batch.held"));

        holds.keep("cpr-batch", null);
        assertEquals(Optional.empty(), holds.held("cpr-batch"));
        assertEquals(Optional.of(ConnectorState.SUSPENDED), holds.held("housing-benefit"));
    }

    @Test
    void aValueEditedByHandThatMeansNothingLetsTheConnectorStartAsUsual() {
        stored = new Hashtable<>();
        stored.put("cpr-batch.held", "PAUSED");
        assertTrue(holds.held("cpr-batch").isEmpty());
        stored.put("cpr-batch.held", " SUSPENDED ");
        assertEquals(Optional.of(ConnectorState.SUSPENDED), holds.held("cpr-batch"));
    }

    /** ConfigAdmin as far as the holds use it: one configuration, its properties kept here. */
    @SuppressWarnings("unchecked")
    private ConfigurationAdmin configurationAdmin() {
        Configuration configuration = (Configuration) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Configuration.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getProperties" -> stored == null ? null : new Hashtable<>((Hashtable<String, Object>) stored);
                    case "update" -> {
                        stored = (Dictionary<String, Object>) args[0];
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ConfigurationAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {ConfigurationAdmin.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConfiguration") && ConnectorHolds.PID.equals(args[0])) {
                        return configuration;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
