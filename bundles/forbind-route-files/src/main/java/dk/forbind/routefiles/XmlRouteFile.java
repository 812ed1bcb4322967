package dk.forbind.routefiles;

import java.util.Set;
import org.apache.camel.CamelContext;
import dk.forbind.core.RouteSubjectLookup;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NoErrorHandlerBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.apache.camel.Service;
import org.apache.camel.spi.RoutesBuilderLoader;
import org.apache.camel.support.ResourceHelper;

/** The routes of a Camel XML route file ({@code <routes>}), as read into memory, loaded when its context starts. */
final class XmlRouteFile implements RoutesBuilder {
    /**
     * Camel's XML loader, by name: its jar is served but not its parent POM, so it cannot be a
     * Maven dependency (the bundle imports its package; the feature installs it).
     */
    private static final String LOADER = "org.apache.camel.dsl.xml.io.XmlRoutesBuilderLoader";

    private final String location;
    private final byte[] routes;

    XmlRouteFile(String location, byte[] routes) {
        this.location = location;
        this.routes = routes;
    }

    @Override
    public void addRoutesToCamelContext(CamelContext context) throws Exception {
        RoutesBuilder routes = load(context);
        if (routes instanceof RouteBuilder builder) {
            // a citizen waits for the subject look-up: no redelivery, no dead letters, its failure goes back
            for (RouteDefinition route : builder.configureRoutes(context).getRoutes()) {
                if (RouteSubjectLookup.ENDPOINT.equals(route.getInput().getEndpointUri())) {
                    route.errorHandler(new NoErrorHandlerBuilder());
                }
            }
        }
        routes.addRoutesToCamelContext(context);
    }

    @Override
    public void addTemplatedRoutesToCamelContext(CamelContext context) throws Exception {
        load(context).addTemplatedRoutesToCamelContext(context);
    }

    @Override
    public Set<String> updateRoutesToCamelContext(CamelContext context) throws Exception {
        return load(context).updateRoutesToCamelContext(context);
    }

    private RoutesBuilder load(CamelContext context) throws Exception {
        RoutesBuilderLoader loader = (RoutesBuilderLoader) Class.forName(LOADER).getDeclaredConstructor().newInstance();
        loader.setCamelContext(context);
        ((Service) loader).start();
        try {
            return loader.loadRoutesBuilder(ResourceHelper.fromBytes(location, routes));
        } finally {
            ((Service) loader).stop();
        }
    }
}
