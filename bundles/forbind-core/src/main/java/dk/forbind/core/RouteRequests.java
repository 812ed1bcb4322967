package dk.forbind.core;

import dk.forbind.api.DependencyUnavailableException;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.ServiceStatus;

/**
 * Requests from an adapter — a REST or SOAP API in the connector's bundle — into the connector's own
 * {@code direct:} routes, so that a synchronous look-up runs inside the connector's context like any of its
 * messages: under its processing declaration, recorded by the transparency capture, with its correlation ids.
 * The connector attaches its context from its routes ({@code requests.attach(getContext())} in
 * {@code RouteBuilder.configure()}); while the connector does not run, a request is refused as unavailable.
 */
public final class RouteRequests {
    private final String connectorId;
    private CamelContext context;
    private ProducerTemplate template;

    /** @param connectorId the connector whose routes answer, for the error an adapter shows */
    public RouteRequests(String connectorId) {
        this.connectorId = connectorId;
    }

    /** The connector's context, each time it starts (a restart or swap brings a new one). */
    public synchronized void attach(CamelContext camel) {
        if (camel != context) {
            stopTemplate();
            context = camel;
        }
    }

    /**
     * Sends a request to the endpoint and returns the exchange as it came back, its exception set if the route
     * failed (not thrown).
     *
     * @throws DependencyUnavailableException when the connector is not running
     */
    public Exchange request(String endpoint, Map<String, Object> headers, Object body) {
        return template().request(endpoint, exchange -> {
            exchange.getIn().setHeaders(new HashMap<>(headers));
            exchange.getIn().setBody(body);
        });
    }

    private synchronized ProducerTemplate template() {
        if (context == null || context.getStatus() != ServiceStatus.Started) {
            throw new DependencyUnavailableException(connectorId, "connector " + connectorId + " is not running");
        }
        if (template == null) {
            template = context.createProducerTemplate();
        }
        return template;
    }

    /** Forgets the context (when the connector's component goes away). */
    public synchronized void detach() {
        stopTemplate();
        context = null;
    }

    private void stopTemplate() {
        if (template != null) {
            try {
                template.stop();
            } catch (RuntimeException ignored) {
                // the context is stopping anyway
            }
            template = null;
        }
    }
}
