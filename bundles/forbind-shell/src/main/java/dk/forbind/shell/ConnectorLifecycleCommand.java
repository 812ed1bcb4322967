package dk.forbind.shell;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorStatus;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** One lifecycle step on one connector, printing the state it reached. */
abstract class ConnectorLifecycleCommand implements Action {

    @Reference
    private ConnectorLifecycle lifecycle;

    @Argument(index = 0, name = "id", required = true, description = "The connector (see forbind:connectors)")
    @Completion(ConnectorIds.class)
    private String id;

    @Option(name = "--persist", description = "Keep this over restarts of the node and new versions of the connector"
            + " (on start and resume: forget a kept stop or suspension)")
    private boolean persist;

    @Override
    public Object execute() {
        ConnectorStatus status = apply(lifecycle, id, persist);
        System.out.println("Connector " + status.id() + " (version " + status.version() + "): " + status.state()
                + (status.reason() == null ? "" : " - " + status.reason()));
        return null;
    }

    abstract ConnectorStatus apply(ConnectorLifecycle lifecycle, String id, boolean persist);
}
