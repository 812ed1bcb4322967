package dk.forbind.shell;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "connector-stop",
        description = "Stops a connector: its consumers stop taking messages, those in flight finish (bounded"
        + " by the drain time), its context stops; its messages wait on the broker")
@Service
public class ConnectorStopCommand extends ConnectorLifecycleCommand {

    @Override
    ConnectorStatus apply(ConnectorLifecycle lifecycle, String id, boolean persist) {
        return lifecycle.stop(id, persist);
    }
}
