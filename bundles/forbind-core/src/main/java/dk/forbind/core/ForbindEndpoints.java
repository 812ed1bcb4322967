package dk.forbind.core;

/** Endpoint URIs for the platform's components, so connectors do not spell them by hand. */
public final class ForbindEndpoints {
    /** Name of the JMS component every connector context has, bound to the shared broker. */
    public static final String JMS = "jms";
    /** Name of the component that consumes a queue of the shared broker in batches. */
    public static final String BATCHES = "forbind-batches";

    private ForbindEndpoints() {
    }

    /** A persistent, transacted queue endpoint on the shared broker. */
    public static String queue(String address) {
        return JMS + ":queue:" + address;
    }

    /**
     * Consumes a queue of the shared broker in batches (size and wait from {@code etc/dk.forbind.core.cfg}): each
     * message is still its own exchange — correlation id, data-access event, dead-letter queue — but the messages
     * of a batch are taken in one broker transaction, and what they write ({@link MessageBatch}) is written in one
     * database transaction, committed first. For consuming only; send with {@link #queue}.
     */
    public static String batches(String address) {
        return BATCHES + ":" + address;
    }

    /** As {@link #batches(String)}, with this connector's own batch size. */
    public static String batches(String address, int size) {
        return batches(address) + "?size=" + size;
    }
}
