package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.inject.Inject;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.junit.Test;

/**
 * An operator stops, starts, suspends and resumes one connector by hand — from the shell and over JMX — while the
 * others run: messages wait on the broker meanwhile and none is lost, and a stop kept with --persist outlives a
 * redeployment of the connector.
 */
public class ConnectorLifecycleScenario extends ForbindTestSupport {
    private static final String ID = "itest-lifecycle";
    private static final String IN = "forbind." + ID + ".in";
    private static final String OUT = "forbind." + ID + ".out";

    @Inject
    private MBeanServer jmx;

    @Test
    public void aSuspendedConnectorTakesNothingUntilResumed() throws Exception {
        deployEcho();
        String suspended = executeCommand("forbind:connector-suspend " + ID);
        assertTrue(suspended, suspended.contains("Connector " + ID) && suspended.contains("SUSPENDED"));
        sendText(IN, "while suspended");
        assertNull(receiveText(OUT, Duration.ofSeconds(2)));
        assertEquals(ConnectorState.RUNNING, connector("person-register").state());

        String resumed = executeCommand("forbind:connector-resume " + ID);
        assertTrue(resumed, resumed.contains("RUNNING"));
        assertEquals("echo while suspended", receiveText(OUT, Duration.ofSeconds(20)));
        undeploy();
    }

    @Test
    public void aStopKeptWithPersistOutlivesARedeploymentUntilStartedWithPersist() throws Exception {
        deployEcho();
        assertTrue(executeCommand("forbind:connector-stop --persist " + ID).contains("STOPPED"));
        Path kept = Path.of(System.getProperty("karaf.base"), "etc", "dk.forbind.connectors.cfg");
        await("the stop kept in etc/", () -> Files.readString(kept).contains(ID + ".held = STOPPED"));

        undeploy();
        deployEcho(ConnectorState.STOPPED);
        assertTrue(connector(ID).reason(), connector(ID).reason().contains("kept over restarts"));
        sendText(IN, "while stopped");
        assertNull(receiveText(OUT, Duration.ofSeconds(2)));

        assertTrue(executeCommand("forbind:connector-start --persist " + ID).contains("RUNNING"));
        assertEquals("echo while stopped", receiveText(OUT, Duration.ofSeconds(20)));
        await("the kept stop forgotten", () -> !Files.readString(kept).contains(ID + ".held"));
        undeploy();
    }

    @Test
    public void aStoppedConnectorSwappedStaysStoppedInItsNewVersion() throws Exception {
        deployEcho();
        executeCommand("forbind:connector-stop " + ID);
        String stoppedVersion = connector(ID).version();
        Path next = Path.of(System.getProperty("karaf.base"), "lifecycle-next", ID + ".xml");
        Files.createDirectories(next.getParent());
        Files.writeString(next.resolveSibling(ID + ".properties"), "id = " + ID + "\nagency = 29190623\n");
        Files.writeString(next, "<routes xmlns=\"http://camel.apache.org/schema/spring\">\n" + echo("next")
                + "</routes>\n");

        String swap = executeCommand("forbind:connector-swap " + ID + " " + next);
        assertTrue(swap, swap.contains("Swapped connector " + ID + ": " + stoppedVersion + " -> "));
        assertEquals(ConnectorState.STOPPED, connector(ID).state());
        assertNotEquals(stoppedVersion, connector(ID).version());

        executeCommand("forbind:connector-start " + ID);
        sendText(IN, "after the swap");
        assertEquals("next after the swap", receiveText(OUT, Duration.ofSeconds(20)));
        undeploy();
    }

    @Test
    public void anOperatorSuspendsAndResumesOverJmx() throws Exception {
        deployEcho();
        ObjectName mbean = new ObjectName("dk.forbind:type=Connector,name=" + ID);
        await("the connector's MBean", () -> jmx.isRegistered(mbean));
        assertEquals("RUNNING", jmx.getAttribute(mbean, "State"));

        Object state = jmx.invoke(mbean, "suspend", new Object[] {false}, new String[] {"boolean"});
        assertEquals("SUSPENDED", state);
        assertEquals(ConnectorState.SUSPENDED, connector(ID).state());
        assertEquals("RUNNING", jmx.invoke(mbean, "resume", new Object[] {false}, new String[] {"boolean"}));
        sendText(IN, "over jmx");
        assertEquals("echo over jmx", receiveText(OUT, Duration.ofSeconds(20)));

        undeploy();
        await("the MBean gone with the connector", () -> !jmx.isRegistered(mbean));
        assertFalse(connectors.connector(ID).isPresent());
    }

    private void deployEcho() throws Exception {
        deployEcho(ConnectorState.RUNNING);
    }

    private void deployEcho(ConnectorState expected) throws Exception {
        deployRouteFile(ID, "id = " + ID + "\nagency = 29190623\n", echo("echo"));
        awaitConnector(ID, expected);
    }

    /** A route that passes each message on with a prefix. */
    private static String echo(String prefix) {
        return "  <route id=\"" + ID + "\">\n"
                + "    <from uri=\"jms:queue:" + IN + "\"/>\n"
                + "    <transform><simple>" + prefix + " ${body}</simple></transform>\n"
                + "    <to uri=\"jms:queue:" + OUT + "\"/>\n"
                + "  </route>\n";
    }

    private void undeploy() throws Exception {
        Files.delete(Path.of(System.getProperty("karaf.base"), "routes", ID + ".xml"));
        await("connector " + ID + " undeployed", () -> connectors.connector(ID).isEmpty());
    }
}
