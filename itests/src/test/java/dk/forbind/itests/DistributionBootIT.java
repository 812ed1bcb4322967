package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** A freshly started node: every Forbind feature installed, every bundle active, ready over HTTP. */
public class DistributionBootIT extends ForbindTestSupport {

    @Test
    public void everyForbindFeatureIsInstalledAndEveryBundleActive() throws Exception {
        for (String feature : List.of("forbind", "forbind-broker", "forbind-jms", "forbind-jdbc", "forbind-camel",
                "forbind-core", "forbind-shell", "forbind-route-files", "forbind-connector-cpr-batch",
                "forbind-connector-person-register")) {
            assertTrue(feature + " installed", features.isInstalled(features.getFeature(feature)));
        }
        for (Bundle bundle : bundleContext.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            assertTrue(bundle.getSymbolicName() + " is active",
                    fragment ? bundle.getState() == Bundle.RESOLVED : bundle.getState() == Bundle.ACTIVE);
        }
    }

    @Test
    public void bothConnectorsRunAndTheNodeReportsReady() throws Exception {
        awaitConnector("cpr-batch", ConnectorState.RUNNING);
        awaitConnector("person-register", ConnectorState.RUNNING);
        await("health UP", () -> httpGet("/forbind/health").status() == 200);
        HttpAnswer health = httpGet("/forbind/health");
        assertTrue(health.body(), health.body().startsWith("{\"status\":\"UP\""));
        assertTrue(health.body(), health.body().contains("\"broker\":{\"status\":\"UP\"}"));
        assertTrue(health.body(), health.body().contains("\"database\":{\"status\":\"UP\"}"));
        assertEquals(200, httpGet("/forbind/health/live").status());
    }

    @Test
    public void journalAndDatabaseAreFilesUnderData() throws Exception {
        Path data = Path.of(System.getProperty("karaf.data"));
        assertTrue(Files.isDirectory(data.resolve("artemis").resolve("journal")));
        // H2 makes its file at the first connection: person-register's table
        await("H2 database file", () -> Files.exists(data.resolve("forbind").resolve("db").resolve("forbind.mv.db")));
    }

    @Test
    public void operatorsSeeTheConnectorsInTheShell() throws Exception {
        awaitConnector("person-register", ConnectorState.RUNNING);
        String table = executeCommand("forbind:connectors");
        assertTrue(table, table.matches("(?s).*cpr-batch\\s+\\|\\s+29190623\\s+\\|\\s+RUNNING.*"));
        assertTrue(table, table.matches("(?s).*person-register\\s+\\|\\s+29190623\\s+\\|\\s+RUNNING.*"));
    }
}
