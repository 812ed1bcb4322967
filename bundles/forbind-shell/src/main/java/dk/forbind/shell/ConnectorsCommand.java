package dk.forbind.shell;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.DeploymentProblems;
import java.time.Instant;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "forbind", name = "connectors", description = "Lists the deployed connectors with state, traffic"
        + " since each started, and why one waits or failed")
@Service
public class ConnectorsCommand implements Action {

    @Reference
    private ConnectorRegistry registry;

    @Reference(optional = true)
    private DeploymentProblems deploymentProblems;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Agency");
        table.column("State");
        table.column("Version");
        table.column("In*").alignRight();
        table.column("Out*").alignRight();
        table.column("Failed*").alignRight();
        table.column("Uptime").alignRight();
        table.column("Reason").maxSize(80);
        Instant now = Instant.now();
        for (ConnectorStatus c : registry.connectors()) {
            table.addRow().addContent(c.id(), c.agency(), c.state(), c.version(), c.messagesIn(), c.messagesOut(),
                    c.messagesFailed(), Durations.human(c.uptime(now)), c.reason() == null ? "" : c.reason());
        }
        table.print(System.out);
        System.out.println("* since the connector started (the node's last start or the connector's deployment)");
        if (deploymentProblems != null && !deploymentProblems.problems().isEmpty()) {
            System.out.println("Not deployed:");
            deploymentProblems.problems().forEach(problem -> System.out.println("  " + problem));
        }
        return null;
    }
}
