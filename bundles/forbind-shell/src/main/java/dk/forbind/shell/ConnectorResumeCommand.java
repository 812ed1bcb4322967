package dk.forbind.shell;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorStatus;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "connector-resume",
        description = "Resumes a suspended connector: it takes messages again")
@Service
public class ConnectorResumeCommand extends ConnectorLifecycleCommand {

    @Override
    ConnectorStatus apply(ConnectorLifecycle lifecycle, String id, boolean persist) {
        return lifecycle.resume(id, persist);
    }
}
