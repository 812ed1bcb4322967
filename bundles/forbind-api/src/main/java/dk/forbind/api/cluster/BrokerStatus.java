package dk.forbind.api.cluster;

/** The broker this node is connected to, asked each time. */
public interface BrokerStatus {
    /**
     * The broker's account of itself.
     *
     * @throws IllegalStateException when the broker does not answer or may not be asked (the {@code manage} right)
     */
    BrokerState state();
}
