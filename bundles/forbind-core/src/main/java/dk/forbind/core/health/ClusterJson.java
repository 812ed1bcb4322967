package dk.forbind.core.health;

import dk.forbind.api.JsonText;
import dk.forbind.api.cluster.BrokerState;
import dk.forbind.api.cluster.ClusterView;
import java.util.StringJoiner;

/** The health document's parts about the other nodes and the broker's high availability. */
final class ClusterJson {
    private ClusterJson() {
    }

    /** This node, the roles it knows and who holds them, and the nodes the shared database sees. */
    static String node(ClusterView view) {
        StringJoiner roles = new StringJoiner(",", "[", "]");
        for (ClusterView.Role role : view.roles()) {
            roles.add("{\"role\":" + JsonText.quote(role.name()) + ",\"holder\":" + JsonText.quote(role.holder())
                    + ",\"thisNode\":" + role.heldBy(view.thisNode()) + "}");
        }
        StringJoiner nodes = new StringJoiner(",", "[", "]");
        for (ClusterView.Node node : view.nodes()) {
            nodes.add("{\"name\":" + JsonText.quote(node.name()) + ",\"address\":" + JsonText.quote(node.address())
                    + ",\"connectedSince\":" + JsonText.quote(node.since() == null ? null : node.since().toString())
                    + "}");
        }
        return "{\"name\":" + JsonText.quote(view.thisNode()) + ",\"shared\":" + view.shared() + ",\"roles\":" + roles
                + ",\"nodes\":" + nodes + ",\"problem\":" + JsonText.quote(view.problem()) + "}";
    }

    /** The broker's own account of itself, added to the broker's status UP. */
    static String broker(BrokerState state) {
        StringJoiner pairs = new StringJoiner(",", "[", "]");
        for (BrokerState.Pair pair : state.topology()) {
            pairs.add("{\"live\":" + JsonText.quote(pair.live()) + ",\"backup\":" + JsonText.quote(pair.backup())
                    + "}");
        }
        return "{\"status\":\"UP\",\"name\":" + JsonText.quote(state.name()) + ",\"role\":"
                + JsonText.quote(state.backup() ? "backup" : "live") + ",\"haPolicy\":"
                + JsonText.quote(state.haPolicy()) + ",\"replicaInSync\":" + state.replicaInSync()
                + ",\"topology\":" + pairs + "}";
    }
}
