package dk.forbind.core.internal;

/**
 * One connector over JMX ({@code dk.forbind:type=Connector,name=<id>}): what {@code forbind:connectors} shows of it,
 * and the operations of the {@code forbind:connector-*} commands. Karaf's JMX access list lets viewers read and
 * admins operate.
 */
public interface ConnectorMXBean {
    String getId();

    String getAgency();

    String getState();

    String getVersion();

    String getReason();

    long getMessagesIn();

    long getMessagesOut();

    long getMessagesFailed();

    /** Returns the state reached. */
    String stop(boolean persist);

    String start(boolean persist);

    String suspend(boolean persist);

    String resume(boolean persist);

    /** Swaps in the version at this location; returns the steps and the outcome, one per line. */
    String swap(String location);
}
