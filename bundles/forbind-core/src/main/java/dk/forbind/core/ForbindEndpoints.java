package dk.forbind.core;

/** Endpoint URIs for the platform's components, so connectors do not spell them by hand. */
public final class ForbindEndpoints {
    /** Name of the JMS component every connector context has, bound to the shared broker. */
    public static final String JMS = "jms";

    private ForbindEndpoints() {
    }

    /** A persistent, transacted queue endpoint on the shared broker. */
    public static String queue(String address) {
        return JMS + ":queue:" + address;
    }
}
