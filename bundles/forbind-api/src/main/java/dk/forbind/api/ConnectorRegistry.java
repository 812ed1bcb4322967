package dk.forbind.api;

import java.util.List;
import java.util.Optional;

/** The connectors deployed on this node, as the runtime sees them. */
public interface ConnectorRegistry {
    List<ConnectorStatus> connectors();

    /** What each deployed connector declares about itself (including refused ones), in deployment order. */
    List<ConnectorDescriptor> descriptors();

    /** What each connector did since the node started, over all its versions, by id. */
    default List<ConnectorTotals> totals() {
        return List.of();
    }

    default Optional<ConnectorStatus> connector(String id) {
        return connectors().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
