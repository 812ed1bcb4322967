package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

/** A freshly started node: every Forbind feature it boots installed, every bundle active, ready over HTTP. */
public class DistributionBootScenario extends ForbindTestSupport {

    @Test
    public void everyForbindFeatureTheDistributionBootsIsInstalledAndEveryBundleActive() throws Exception {
        Set<String> booted = new TreeSet<>();
        for (String name : bootFeatures()) {
            addWithForbindDependencies(name, booted);
        }
        assertTrue(booted.toString(), booted.containsAll(List.of("forbind", "forbind-simulators", "forbind-core",
                "forbind-transparency", "forbind-eid", "forbind-broker")));
        Set<String> notBooted = new TreeSet<>();
        for (Feature feature : features.listFeatures()) {
            if (!feature.getName().startsWith("forbind")) {
                continue;
            }
            if (booted.contains(feature.getName())) {
                assertTrue(feature.getName() + " installed", features.isInstalled(feature));
            } else {
                notBooted.add(feature.getName());
            }
        }
        assertEquals("every Forbind feature boots (forbind-cxf with the SOAP connectors and the gateway)", Set.of(),
                notBooted);
        for (Bundle bundle : bundleContext.getBundles()) {
            boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            assertTrue(bundle.getSymbolicName() + " is active",
                    fragment ? bundle.getState() == Bundle.RESOLVED : bundle.getState() == Bundle.ACTIVE);
        }
    }

    /** The Forbind features named in featuresBoot of etc/org.apache.karaf.features.cfg. */
    private static List<String> bootFeatures() throws Exception {
        Properties cfg = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of(System.getProperty("karaf.etc"),
                "org.apache.karaf.features.cfg"))) {
            cfg.load(in);
        }
        return Arrays.stream(cfg.getProperty("featuresBoot").split(",")).map(String::strip)
                .map(entry -> entry.split("/")[0]).filter(name -> name.startsWith("forbind")).toList();
    }

    private void addWithForbindDependencies(String name, Set<String> found) throws Exception {
        if (!found.add(name)) {
            return;
        }
        Feature feature = features.getFeature(name);
        assertTrue("feature " + name + " exists", feature != null);
        for (Dependency dependency : feature.getDependencies()) {
            if (dependency.getName().startsWith("forbind")) {
                addWithForbindDependencies(dependency.getName(), found);
            }
        }
    }

    @Test
    public void bothConnectorsRunAndTheNodeReportsReady() throws Exception {
        awaitConnector("cpr-batch", ConnectorState.RUNNING);
        awaitConnector("person-register", ConnectorState.RUNNING);
        await("health UP", () -> httpGet("/forbind/health").status() == 200);
        HttpAnswer health = httpGet("/forbind/health");
        // scenarios sharing this node park messages of their own: DEGRADED, ready, while dead letters wait
        boolean deadLettersWait = !health.json().getCollection("deadLetters").isEmpty();
        assertEquals(health.body(), deadLettersWait ? "DEGRADED" : "UP", health.json().getString("status"));
        assertEquals(health.body(), "UP", health.json().getMap("broker").get("status"));
        assertEquals(health.body(), "live", health.json().getMap("broker").get("role"));
        assertTrue(health.body(), health.body().contains("\"database\":{\"status\":\"UP\"}"));
        // a node with its own database is alone and holds every role
        assertEquals(health.body(), false, health.json().getMap("node").get("shared"));
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
