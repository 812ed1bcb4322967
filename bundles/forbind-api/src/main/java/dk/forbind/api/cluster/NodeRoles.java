package dk.forbind.api.cluster;

/**
 * This node among the nodes that share its database and broker. Work that only one node may do at a time — writing
 * the transparency chain, reading a shared batch inbox — is a role: a node does it only while it holds the role, and
 * when the holder dies the role is free for another node to take. With a database of its own (H2) a node is alone
 * and holds every role.
 */
public interface NodeRoles {
    /** The role of the one node that writes the transparency chain. */
    String CHAIN_WRITER = "transparency-chain-writer";

    /** The role of the one node that reads a batch connector's inbox. */
    static String batchInbox(String connector) {
        return "batch-inbox/" + connector;
    }

    /** This node's name, as the other nodes see it. */
    String nodeName();

    /**
     * Whether this node holds the role now, taking it when it is free. Cheap enough to ask before each piece of the
     * role's work; a node that lost its database connection holds nothing.
     */
    boolean holds(String role);

    /** Gives the role up, so that another node can take it at once (a stopped connector, a stopping node). */
    void release(String role);

    /** The nodes the shared database sees and who holds each role this node knows of. */
    ClusterView view();
}
