package dk.forbind.api.cluster;

import java.util.List;

/**
 * The broker a node is connected to, as it describes itself: its name, whether it is a backup (a backup that took
 * over answers as active, not backup), its HA policy, whether its backup is in sync (replication), and the live and
 * backup addresses of the topology the clients fail over in.
 */
public record BrokerState(String name, boolean backup, String haPolicy, boolean replicaInSync, List<Pair> topology) {
    public BrokerState {
        topology = List.copyOf(topology);
    }

    /** A live broker and its backup (null when it has none), as host:port. */
    public record Pair(String live, String backup) {
    }
}
