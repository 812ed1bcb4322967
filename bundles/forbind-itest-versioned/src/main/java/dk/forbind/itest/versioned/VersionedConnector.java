package dk.forbind.itest.versioned;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.RouteConnector;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;

/**
 * Passes each message of {@code forbind.itest-versioned.in} on to {@code forbind.itest-versioned.out}, stamped with
 * the version of the bundle that handled it (header {@code HandledBy}) after a moment of work (2 ms), so that swap
 * tests can tell which version handled which message and a swap has exchanges in flight to drain.
 */
@Component(service = RouteConnector.class)
public class VersionedConnector implements RouteConnector {
    static final ConnectorDescriptor DESCRIPTOR = ConnectorDescriptor.withoutPersonalData("itest-versioned",
            "29190623", "Stamps its version on every message (swap tests)");

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RoutesBuilder routes() {
        String version = FrameworkUtil.getBundle(VersionedConnector.class).getVersion().toString();
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(DESCRIPTOR.inboundAddress())).routeId("itest-versioned")
                        .setHeader("HandledBy", constant(version))
                        .delay(2).syncDelayed()
                        .to(ForbindEndpoints.queue("forbind.itest-versioned.out"));
            }
        };
    }
}
