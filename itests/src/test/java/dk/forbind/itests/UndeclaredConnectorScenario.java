package dk.forbind.itests;

import static org.junit.Assert.assertTrue;

import dk.forbind.api.ConnectorState;
import org.junit.Test;
import org.osgi.framework.Bundle;

/** A connector that handles data subjects without a processing declaration is refused. */
public class UndeclaredConnectorScenario extends ForbindTestSupport {

    @Test
    public void connectorWithoutDeclarationIsRefusedAndTheOthersKeepRunning() throws Exception {
        awaitConnector("person-register", ConnectorState.RUNNING);

        // a test-only bundle: no features repository of the distribution names it
        Bundle undeclared = bundleContext.installBundle("mvn:dk.forbind/forbind-itest-support/"
                + System.getProperty("forbind.version"));
        undeclared.start();

        awaitConnector("undeclared-citizen-lookup", ConnectorState.REFUSED);
        String reason = connector("undeclared-citizen-lookup").reason();
        assertTrue(reason, reason.contains("handles data subjects but has no processing declaration"));
        String table = executeCommand("forbind:connectors");
        assertTrue(table, table.matches("(?s).*undeclared-citizen-lookup\\s+\\|\\s+29190623\\s+\\|\\s+REFUSED.*"));
        awaitConnector("cpr-batch", ConnectorState.RUNNING);
        awaitConnector("person-register", ConnectorState.RUNNING);

        undeclared.uninstall();
        await("the refused connector gone with its bundle",
                () -> connectors.connector("undeclared-citizen-lookup").isEmpty());
    }
}
