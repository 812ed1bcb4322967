package dk.forbind.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import dk.forbind.fixtures.Await;
import dk.forbind.fixtures.CprBatchFile;
import dk.forbind.fixtures.SamplePersons;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.Test;

/** Connectors written as XML route files: shipped, dropped in, changed, removed, refused. */
public class RouteFilesScenario extends ForbindTestSupport {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    public void aDroppedRouteFileRunsIsRedeployedWhenChangedAndGoesWhenRemoved() throws Exception {
        writeRouteFile("itest-echo", "echo", "id = itest-echo\nagency = 29190623\n");
        awaitConnector("itest-echo", ConnectorState.RUNNING);
        sendText("forbind.itest-echo.in", "hello");
        assertEquals("echo hello", receiveText("forbind.itest-echo.out", WAIT));

        writeRouteFile("itest-echo", "again", "id = itest-echo\nagency = 29190623\n");
        await("redeployed", () -> {
            sendText("forbind.itest-echo.in", "hello");
            return "again hello".equals(receiveText("forbind.itest-echo.out", Duration.ofSeconds(2)));
        });

        Files.delete(routes().resolve("itest-echo.xml"));
        await("undeployed", () -> connectors.connector("itest-echo").isEmpty());
    }

    @Test
    public void aRouteFileHandlingSubjectsWithoutDeclarationIsRefused() throws Exception {
        writeRouteFile("itest-lookup", "looked up", "id = itest-lookup\nagency = 29190623\nhandles.data.subjects = true\n");
        awaitConnector("itest-lookup", ConnectorState.REFUSED);
        assertTrue(connector("itest-lookup").reason().contains("no processing declaration"));
    }

    @Test
    public void theShippedAlertRouteAnnouncesARefusedBatchFile() throws Exception {
        awaitConnector("failed-batch-alerts", ConnectorState.RUNNING);
        CprBatchFile.batch("ALERT-1").persons(SamplePersons.range(7000, 2)).withoutEndRecord()
                .writeTo(cprInbox(), "alert-1.txt");

        // other scenarios on this node refuse files of their own: read alerts until this file's
        String alert = Await.until("an alert about alert-1.txt", Duration.ofSeconds(40),
                () -> receiveText("forbind.operator.alerts", Duration.ofSeconds(1)),
                received -> received != null && received.contains("alert-1.txt"));
        assertTrue(alert, alert.contains("no end record"));
    }

    private static Path routes() {
        return Path.of(System.getProperty("karaf.base"), "routes");
    }

    /** A route file from the connector's queue to forbind.<id>.out, prefixing each body. */
    private static void writeRouteFile(String id, String prefix, String declaration) throws Exception {
        deployRouteFile(id, declaration, ""
                + "  <route id=\"" + id + "\">\n"
                + "    <from uri=\"jms:queue:forbind." + id + ".in\"/>\n"
                + "    <transform><simple>" + prefix + " ${body}</simple></transform>\n"
                + "    <to uri=\"jms:queue:forbind." + id + ".out\"/>\n"
                + "  </route>\n");
    }
}
