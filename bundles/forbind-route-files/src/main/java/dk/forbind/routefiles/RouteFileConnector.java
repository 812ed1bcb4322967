package dk.forbind.routefiles;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.overview.Wording;
import dk.forbind.core.RouteConnector;
import dk.forbind.core.RouteSubjectLookup;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.camel.RoutesBuilder;

/** A connector deployed as a route file: one version of it, held in memory. */
class RouteFileConnector implements RouteConnector {
    private final RouteFile file;
    private final Path folder;

    private RouteFileConnector(RouteFile file, Path folder) {
        this.file = file;
        this.folder = folder;
    }

    /** The connector of a route file; one whose declaration names a subject look-up offers it. */
    static RouteFileConnector of(RouteFile file, Path folder) {
        return RouteFileDeclaration.lookupTitle(file.declaration()).<RouteFileConnector>map(title ->
                new WithSubjectLookup(file, folder, title)).orElseGet(() -> new RouteFileConnector(file, folder));
    }

    /** A route-file connector whose route from {@code direct:subject-lookup} answers citizens' overviews. */
    static final class WithSubjectLookup extends RouteFileConnector implements RouteSubjectLookup {
        private final Wording title;

        WithSubjectLookup(RouteFile file, Path folder, Wording title) {
            super(file, folder);
            this.title = title;
        }

        @Override
        public Wording title() {
            return title;
        }
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
