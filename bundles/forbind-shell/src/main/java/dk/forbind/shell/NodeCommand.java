package dk.forbind.shell;

import dk.forbind.api.cluster.BrokerState;
import dk.forbind.api.cluster.BrokerStatus;
import dk.forbind.api.cluster.ClusterView;
import dk.forbind.api.cluster.NodeRoles;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "forbind", name = "node",
        description = "This node among the others: its roles (chain writer, inbox reader), the nodes the shared"
                + " database sees, and the broker's live/backup state")
@Service
public class NodeCommand implements Action {

    @Reference
    private NodeRoles roles;

    @Reference
    private BrokerStatus broker;

    @Override
    public Object execute() {
        PrintStream out = System.out;
        ClusterView view = roles.view();
        out.println("Node " + view.thisNode()
                + (view.shared() ? " (shared database)" : " (alone: a database of its own)"));
        if (view.problem() != null) {
            out.println("  " + view.problem());
        }
        out.println("Roles:");
        for (ClusterView.Role role : view.roles()) {
            String holder = role.holder() == null ? "nobody" : role.holder();
            out.printf("  %-32s %s%n", role.name(), holder + (role.heldBy(view.thisNode()) ? " (this node)" : ""));
        }
        out.println("Nodes seen:");
        for (ClusterView.Node node : view.nodes()) {
            out.printf("  %-24s %-16s %s%n", node.name(), node.address(),
                    node.since() == null ? "" : "since " + node.since());
        }
        out.println("Broker:");
        try {
            BrokerState state = broker.state();
            out.printf("  %s, %s, HA policy %s%s%n", state.name(), state.backup() ? "backup" : "live", state.haPolicy(),
                    state.replicaInSync() ? ", backup in sync" : "");
            for (BrokerState.Pair pair : state.topology()) {
                out.println("  live " + pair.live() + "  backup " + (pair.backup() == null ? "none" : pair.backup()));
            }
        } catch (IllegalStateException e) {
            out.println("  " + e.getMessage());
        }
        return null;
    }
}
