package dk.forbind.core.internal;

import dk.forbind.api.DataSubject;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.SubjectLookup;
import dk.forbind.api.overview.Wording;
import dk.forbind.api.transparency.ProcessingType;
import dk.forbind.core.HoldingsJson;
import dk.forbind.core.PrincipalHeaders;
import dk.forbind.core.RouteSubjectLookup;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * The route through which the platform asks a connector's {@link SubjectLookup} — or its own look-up route,
 * {@link RouteSubjectLookup} — what it holds about a subject: inside
 * the connector's own context, so the transparency capture records the look-up — a data request about the subject,
 * initiated by the citizen who asked, for the citizen's own insight ({@link #OWN_INSIGHT}). A failed look-up goes
 * back to the one who asked: no redelivery, no dead letter, and no record (nothing was read).
 */
final class SubjectLookupRoute extends RouteBuilder {
    static final String ENDPOINT = "direct:forbind-subject-lookup";
    /**
     * Exchange property, set only by the platform on its own look-up: the capture records the event as the data
     * subject's own request for insight rather than under the connector's declared purpose.
     */
    static final String OWN_INSIGHT = "ForbindOwnInsight";
    /** The system that initiated the look-up, as the registry names it. */
    static final String INITIATOR_SYSTEM = "forbind/overview";

    private final String connectorId;
    private final Object lookup;

    private SubjectLookupRoute(String connectorId, Object lookup) {
        this.connectorId = connectorId;
        this.lookup = lookup;
    }

    /** The route for a connector that offers a look-up, in Java or by a route of its own; empty when it offers none. */
    static Optional<SubjectLookupRoute> of(String connectorId, Object connector) {
        return connector instanceof SubjectLookup || connector instanceof RouteSubjectLookup
                ? Optional.of(new SubjectLookupRoute(connectorId, connector)) : Optional.empty();
    }

    /** The name of the connector's look-up, when it offers one. */
    static Optional<Wording> titleOf(Object connector) {
        if (connector instanceof SubjectLookup java) {
            return Optional.of(java.title());
        }
        return connector instanceof RouteSubjectLookup route ? Optional.of(route.title()) : Optional.empty();
    }

    @Override
    public void configure() {
        RouteDefinition route = from(ENDPOINT).routeId(connectorId + "-subject-lookup").errorHandler(noErrorHandler());
        if (lookup instanceof SubjectLookup java) {
            route.process(exchange -> exchange.getMessage().setBody(java.holdingsOf(
                    exchange.getProperty(OWN_INSIGHT, DataSubject.class))));
        } else {
            route.to(RouteSubjectLookup.ENDPOINT)
                    .process(exchange -> exchange.getMessage().setBody(HoldingsJson.read(
                            exchange.getMessage().getBody(String.class))));
        }
    }

    /** Asks the route, on behalf of {@code asker}; throws what the look-up threw. */
    static Holdings ask(ProducerTemplate template, DataSubject subject, ForbindPrincipal asker) throws Exception {
        Exchange answered = template.request(ENDPOINT, exchange -> {
            Map<String, Object> headers = PrincipalHeaders.about(asker, subject);
            headers.put(ForbindHeaders.PROCESSING_TYPE, ProcessingType.DATA_REQUEST.name());
            headers.putIfAbsent(ForbindHeaders.INITIATOR_SYSTEM, INITIATOR_SYSTEM);
            exchange.getIn().setHeaders(headers);
            exchange.setProperty(OWN_INSIGHT, subject);
        });
        if (answered.getException() != null) {
            throw answered.getException();
        }
        return Optional.ofNullable(answered.getMessage().getBody(Holdings.class)).orElseThrow(() ->
                new IllegalStateException("the look-up answered nothing"));
    }
}
