package dk.forbind.itest.support;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.ForbindEndpoints;
import dk.forbind.core.RouteConnector;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.osgi.service.component.annotations.Component;

/**
 * A connector that says it handles data subjects but declares no processing. The platform must
 * refuse to start it; the integration tests deploy it to prove that.
 */
@Component(service = RouteConnector.class)
public class UndeclaredConnector implements RouteConnector {
    private static final ConnectorDescriptor DESCRIPTOR = new ConnectorDescriptor("undeclared-citizen-lookup",
            "29190623", "Looks citizens up without saying why", true, null);

    @Override
    public ConnectorDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public RoutesBuilder routes() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from(ForbindEndpoints.queue(DESCRIPTOR.inboundAddress())).log("looked up ${header.ForbindSubjectId}");
            }
        };
    }
}
