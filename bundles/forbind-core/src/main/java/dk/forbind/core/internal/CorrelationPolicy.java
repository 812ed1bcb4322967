package dk.forbind.core.internal;

import dk.forbind.api.ForbindHeaders;
import java.util.UUID;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;
import org.slf4j.MDC;

/**
 * Gives every exchange a correlation id at the edge (kept when the message already carries one, so
 * the id follows the message across connectors and the broker) and puts it, with the connector id,
 * into the logging context of the thread that processes it.
 */
final class CorrelationPolicy extends RoutePolicySupport {
    static final String MDC_CORRELATION_ID = "forbind.correlationId";
    static final String MDC_CONNECTOR = "forbind.connector";

    private final String connectorId;

    CorrelationPolicy(String connectorId) {
        this.connectorId = connectorId;
    }

    @Override
    public void onExchangeBegin(Route route, Exchange exchange) {
        Message in = exchange.getIn();
        String correlationId = in.getHeader(ForbindHeaders.CORRELATION_ID, String.class);
        if (correlationId == null || correlationId.isBlank()) {
            correlationId = UUID.randomUUID().toString();
            in.setHeader(ForbindHeaders.CORRELATION_ID, correlationId);
        }
        MDC.put(MDC_CORRELATION_ID, correlationId);
        MDC.put(MDC_CONNECTOR, connectorId);
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        MDC.remove(MDC_CORRELATION_ID);
        MDC.remove(MDC_CONNECTOR);
    }
}
