package dk.forbind.core;

import dk.forbind.api.Connector;
import dk.forbind.api.ConnectorDependency;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;

/**
 * A connector whose work is done by Camel routes. Publish it as an OSGi service (a Declarative
 * Services component); the platform gives it its own CamelContext with a {@code jms} component on
 * the shared broker (transacted), the platform error handler (redelivery with back-off, then the
 * dead-letter queue of the address), correlation ids and traffic counters, and drains it on stop.
 *
 * <p>A component that uses Camel components other than {@code jms} and {@code direct} should
 * reference their {@code org.apache.camel.spi.ComponentResolver} services (e.g. target
 * {@code (component=file)}), so that it is only published once they are there.
 */
public interface RouteConnector extends Connector {

    /** The connector's routes; called each time its context starts. */
    RoutesBuilder routes();

    /**
     * What the connector knows about one of its dependencies that the platform's probe cannot see — a circuit
     * breaker it keeps open, say. While the connector waits for a dependency, the platform asks this after its own
     * probe found the dependency answering, and keeps waiting while it names a problem. Empty by default.
     */
    default Optional<String> dependencyProblem(ConnectorDependency dependency) {
        return Optional.empty();
    }

    /** The version operators see; empty (the default) for the version of the bundle that publishes it. */
    default Optional<String> version() {
        return Optional.empty();
    }
}
