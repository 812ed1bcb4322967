package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.ForbindEndpoints;
import java.util.function.Predicate;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;

/**
 * The end of the platform error handler in every connector context: stamps the message and sends
 * it, persistently, to {@code DLQ.<address it came from>} — unless it failed because something the connector
 * needs is down, when it goes back to its queue to wait.
 */
final class DeadLetterRoute extends RouteBuilder {
    static final String URI = "direct:forbind-dead-letter";
    static final String ROUTE_ID = "forbind-dead-letter";
    /** Placeholder destination; the stamp names the real dead-letter queue in a header. */
    private static final String DESTINATION = ForbindEndpoints.queue("DLQ.forbind.unaddressed");

    private final ConnectorDescriptor connector;
    private final Predicate<Throwable> waits;

    /** @param waits whether a message that failed so must wait on its queue instead ({@link DependencyWatch}) */
    DeadLetterRoute(ConnectorDescriptor connector, Predicate<Throwable> waits) {
        this.connector = connector;
        this.waits = waits;
    }

    /** A dead-letter route that parks every failed message. */
    DeadLetterRoute(ConnectorDescriptor connector) {
        this(connector, failure -> false);
    }

    @Override
    public void configure() {
        from(URI).routeId(ROUTE_ID)
                // a failure here must reach the connector's route, never this context's error handler again
                .errorHandler(noErrorHandler())
                .process(this::holdBackDuringOutage)
                .setExchangePattern(ExchangePattern.InOnly)
                .process(new DeadLetterStamp(connector))
                .to(DESTINATION);
    }

    /**
     * A message held back is not parked: failing here fails the exchange, so its transaction rolls back and the
     * message stays on its queue (the platform error handler does not handle exceptions of its dead-letter step).
     */
    private void holdBackDuringOutage(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        if (waits.test(failure)) {
            exchange.setProperty(MessageWaits.PROPERTY, true);
            exchange.setRollbackOnly(true);
            exchange.setRouteStop(true);
        }
    }
}
