package dk.forbind.api.cluster;

import java.time.Instant;
import java.util.List;

/**
 * What the shared database tells about the nodes: which are connected, and who holds each role.
 *
 * @param thisNode this node's name
 * @param shared   false when the node has a database of its own and is alone (it then holds every role)
 * @param problem  why the view is incomplete (the database does not answer), or null
 */
public record ClusterView(String thisNode, boolean shared, List<Node> nodes, List<Role> roles, String problem) {
    public ClusterView {
        nodes = List.copyOf(nodes);
        roles = List.copyOf(roles);
    }

    /** A node connected to the shared database: its name, where it connects from, since when. */
    public record Node(String name, String address, Instant since) {
    }

    /** A role and the node that holds it (null when nobody does). */
    public record Role(String name, String holder) {
        public boolean heldBy(String node) {
            return node.equals(holder);
        }
    }
}
