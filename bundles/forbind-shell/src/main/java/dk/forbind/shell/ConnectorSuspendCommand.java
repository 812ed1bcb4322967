package dk.forbind.shell;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "connector-suspend",
        description = "Suspends a connector: its consumers stop taking messages (they wait on the"
        + " broker) and those in flight finish; the connector stays deployed")
@Service
public class ConnectorSuspendCommand extends ConnectorLifecycleCommand {

    @Override
    ConnectorStatus apply(ConnectorLifecycle lifecycle, String id, boolean persist) {
        return lifecycle.suspend(id, persist);
    }
}
