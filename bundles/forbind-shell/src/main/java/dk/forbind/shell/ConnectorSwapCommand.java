package dk.forbind.shell;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.SwapReport;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "connector-swap", description = "Replaces a running connector with another version"
        + " while messages flow: suspend, drain, stop, update, start, resume, each step printed with the pause; a new"
        + " version that fails to resolve or start is rolled back and the old one runs again")
@Service
public class ConnectorSwapCommand implements Action {

    @Reference
    private ConnectorLifecycle lifecycle;

    @Argument(index = 0, name = "id", required = true, description = "The connector (see forbind:connectors)")
    @Completion(ConnectorIds.class)
    private String id;

    @Argument(index = 1, name = "version", required = true, description = "The new version: a bundle location"
            + " (mvn:group/artifact/version, file:/path.jar or a path) or, for a route-file connector, a route file"
            + " (<name>.xml with <name>.properties beside it)")
    private String location;

    @Override
    public Object execute() {
        SwapReport report = lifecycle.swap(id, location, step -> {
            System.out.println("  " + step);
            System.out.flush();
        });
        // a failed swap is an error of the command, so that a script calling it sees it
        return switch (report.outcome()) {
            case SWAPPED -> {
                System.out.println("Swapped connector " + id + ": " + report.oldVersion() + " -> "
                        + report.newVersion());
                yield null;
            }
            case ROLLED_BACK -> throw new IllegalStateException("ROLLED BACK: connector " + id + " runs "
                    + report.oldVersion() + " again; the new version failed: " + report.failure());
            case ROLLBACK_FAILED -> throw new IllegalStateException("connector " + id + " is DOWN: the new version"
                    + " failed (" + report.failure() + ") and the old one could not be put back (see the log and"
                    + " forbind:connectors)");
        };
    }
}
