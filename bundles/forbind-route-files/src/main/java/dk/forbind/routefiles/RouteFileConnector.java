package dk.forbind.routefiles;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.RouteConnector;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;

/** A connector deployed as a route file: one version of it, held in memory. */
final class RouteFileConnector implements RouteConnector {
    private final RouteFile file;
    private final Path folder;

    RouteFileConnector(RouteFile file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    RouteFile file() {
        return file;
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return file.descriptor();
    }

    @Override
    public RoutesBuilder routes() {
        return new XmlRouteFile(folder.resolve(file.name() + ".xml").toUri().toString(), file.routes());
    }

    @Override
    public Optional<String> version() {
        return Optional.of(file.version());
    }
}
