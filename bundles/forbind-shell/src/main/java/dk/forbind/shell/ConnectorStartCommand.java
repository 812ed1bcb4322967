package dk.forbind.shell;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "connector-start",
        description = "Starts a stopped connector, or resumes a suspended one")
@Service
public class ConnectorStartCommand extends ConnectorLifecycleCommand {

    @Override
    ConnectorStatus apply(ConnectorLifecycle lifecycle, String id, boolean persist) {
        return lifecycle.start(id, persist);
    }
}
