package dk.forbind.routefiles;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.RouteConnector;
import java.nio.file.Path;
import org.apache.camel.RoutesBuilder;

/** A connector deployed as a route file and its declaration. */
final class RouteFileConnector implements RouteConnector {
    private final ConnectorDescriptor descriptor;
    private final Path routes;

    RouteFileConnector(ConnectorDescriptor descriptor, Path routes) {
        this.descriptor = descriptor;
        this.routes = routes;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public RoutesBuilder routes() {
        return new XmlRouteFile(routes);
    }
}
