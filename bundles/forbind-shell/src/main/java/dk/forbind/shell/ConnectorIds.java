package dk.forbind.shell;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorStatus;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the ids of the connectors deployed on the node. */
@Service
public class ConnectorIds implements Completer {

    @Reference
    private ConnectorRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        registry.connectors().stream().map(ConnectorStatus::id).forEach(ids.getStrings()::add);
        return ids.complete(session, commandLine, candidates);
    }
}
