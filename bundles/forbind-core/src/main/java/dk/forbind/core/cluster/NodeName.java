package dk.forbind.core.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The node's name: {@code forbind.node.name} (bin/setenv sets it from FORBIND_NODE_NAME), else the host's name. */
final class NodeName {
    static final String PROPERTY = "forbind.node.name";

    private NodeName() {
    }

    static String ofThisNode() {
        String configured = System.getProperty(PROPERTY, "").strip();
        if (!configured.isEmpty()) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "forbind-node";
        }
    }
}
