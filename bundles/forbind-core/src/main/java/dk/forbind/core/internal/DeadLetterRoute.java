package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.ForbindEndpoints;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;

/**
 * The end of the platform error handler in every connector context: stamps the message and sends
 * it, persistently, to {@code DLQ.<address it came from>}.
 */
final class DeadLetterRoute extends RouteBuilder {
    static final String URI = "direct:forbind-dead-letter";
    static final String ROUTE_ID = "forbind-dead-letter";
    /** Placeholder destination; the stamp names the real dead-letter queue in a header. */
    private static final String DESTINATION = ForbindEndpoints.queue("DLQ.forbind.unaddressed");

    private final ConnectorDescriptor connector;

    DeadLetterRoute(ConnectorDescriptor connector) {
        this.connector = connector;
    }

    @Override
    public void configure() {
        from(URI).routeId(ROUTE_ID)
                .setExchangePattern(ExchangePattern.InOnly)
                .process(new DeadLetterStamp(connector))
                .to(DESTINATION);
    }
}
