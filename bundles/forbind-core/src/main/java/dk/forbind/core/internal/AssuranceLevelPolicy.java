package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.InvalidMessageException;
import dk.forbind.api.auth.NsisLevel;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For a connector that requires a minimum NSIS level: every exchange entering one of its routes
 * must carry {@code ForbindLoa} at that level or above. One that does not is parked on the
 * dead-letter queue of its address with the reason, in the consumer's transaction, and none of the
 * route's steps run.
 */
final class AssuranceLevelPolicy extends RoutePolicySupport {
    private static final Logger LOG = LoggerFactory.getLogger(AssuranceLevelPolicy.class);

    private final ConnectorDescriptor connector;
    private final NsisLevel minimum;
    private final ContextProducer parking = new ContextProducer();

    AssuranceLevelPolicy(ConnectorDescriptor connector, NsisLevel minimum) {
        this.connector = connector;
        this.minimum = minimum;
    }

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        if (exchange.getProperty(DeadLetterStamp.PARKED) != null || DeadLetterRoute.ROUTE_ID.equals(route.getId())) {
            return;
        }
        String refusal = refusal(exchange.getIn().getHeader(ForbindHeaders.LOA, String.class));
        if (refusal == null) {
            return;
        }
        LOG.warn("Connector {} refuses a message: {}", connector.id(), refusal);
        exchange.setProperty(Exchange.EXCEPTION_CAUGHT, new InvalidMessageException(refusal));
        parking.of(route).send(DeadLetterRoute.URI, exchange);
        exchange.setRouteStop(true);
    }

    @Override
    protected void doStop() throws Exception {
        parking.stop();
        super.doStop();
    }

    String refusal(String level) {
        if (level == null || level.isBlank()) {
            return "message carries no level of assurance (" + ForbindHeaders.LOA + "); connector " + connector.id()
                    + " requires at least " + minimum.label();
        }
        try {
            NsisLevel actual = NsisLevel.parse(level);
            return actual.atLeast(minimum) ? null : "level of assurance " + actual.label() + " is below the "
                    + minimum.label() + " connector " + connector.id() + " requires";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }
}
