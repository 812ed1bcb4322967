package dk.forbind.gateway;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ForbindAddresses;
import dk.forbind.api.ForbindHeaders;
import dk.forbind.api.auth.AccessDecision;
import dk.forbind.api.auth.AgencyAccess;
import dk.forbind.api.auth.AgencySystem;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.core.PersistentQueue;
import dk.forbind.core.PrincipalHeaders;
import dk.forbind.gateway.soap.DeliverRequest;
import dk.forbind.gateway.soap.DeliverResponse;
import dk.forbind.gateway.soap.DeliveryRefusal;
import dk.forbind.gateway.soap.DeliveryRefused;
import dk.forbind.gateway.soap.MessageGateway;
import dk.forbind.rest.AgencyOperation;
import dk.forbind.rest.SoapCallerInterceptor;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.annotation.Resource;
import javax.jms.JMSException;
import javax.jws.WebService;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.ws.WebServiceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's one operation: an agency system (proved by the signature on its request) hands a message to a
 * connector of this node, when a grant lets it reach that connector ({@code connector:<id>}). The message goes
 * persistently to the connector's queue with the agency and system its certificate names, the subject it is
 * about, and a correlation id; the answer comes once the broker has stored it. Refusals are the DeliveryRefused
 * fault with every reason.
 */
@WebService(endpointInterface = "dk.forbind.gateway.soap.MessageGateway", targetNamespace = "urn:forbind:gateway:1",
        serviceName = "MessageGatewayService", portName = "MessageGatewayPort")
@AgencyOperation("deliver")
public class GatewayEndpoint implements MessageGateway {
    /** Header of a message handed in through the gateway: the type its sender gave it. */
    public static final String MESSAGE_TYPE = "ForbindMessageType";
    private static final Logger LOG = LoggerFactory.getLogger(GatewayEndpoint.class);

    private final Supplier<Optional<AgencyAccess>> access;
    private final Supplier<Optional<ConnectorRegistry>> connectors;
    private final PersistentQueue queue;

    @Resource
    private WebServiceContext context;

    GatewayEndpoint(Supplier<Optional<AgencyAccess>> access, Supplier<Optional<ConnectorRegistry>> connectors,
                    PersistentQueue queue) {
        this.access = access;
        this.connectors = connectors;
        this.queue = queue;
    }

    @Override
    public DeliverResponse deliver(DeliverRequest request) throws DeliveryRefused {
        ForbindPrincipal caller = SoapCallerInterceptor.callerOf(context.getUserPrincipal());
        AgencySystem system = caller.agencySystem().orElseThrow(() -> refused("only an agency's system, proved by"
                + " its certificate, hands messages in here"));
        String connector = request.getConnector();
        AccessDecision decision = access.get().map(a -> a.decide(system, "connector:" + connector))
                .orElse(AccessDecision.denied("agency access is not configured on this node"));
        if (!decision.allowed()) {
            throw refused(decision.reason());
        }
        if (connectors.get().flatMap(registry -> registry.connector(connector)).isEmpty()) {
            throw refused("no connector " + connector + " runs on this node");
        }
        String correlationId = request.getCorrelationId() == null ? UUID.randomUUID().toString()
                : request.getCorrelationId();
        String messageId = UUID.randomUUID().toString();
        Map<String, Object> headers = new HashMap<>(PrincipalHeaders.ofAgencySystem(system));
        headers.put(ForbindHeaders.CORRELATION_ID, correlationId);
        headers.put(MESSAGE_TYPE, request.getMessageType());
        headers.put(PersistentQueue.DUPLICATE_ID, "gateway-" + messageId);
        if (request.getSubject() != null) {
            headers.put(ForbindHeaders.SUBJECT_TYPE, request.getSubject().getType());
            headers.put(ForbindHeaders.SUBJECT_ID, request.getSubject().getId());
        }
        try {
            queue.send(ForbindAddresses.inbound(connector), request.getPayload(), headers);
        } catch (JMSException e) {
            LOG.warn("Message gateway: the broker does not take a message for {}: {}", connector, e.getMessage());
            throw refused("the message could not be stored just now; nothing was taken — send it again later");
        }
        LOG.info("Message gateway: {} from {} handed to connector {} (correlation {})", request.getMessageType(),
                system, connector, correlationId);
        DeliverResponse response = new DeliverResponse();
        response.setMessageId(messageId);
        response.setCorrelationId(correlationId);
        response.setAcceptedAt(DatatypeFactory.newDefaultInstance().newXMLGregorianCalendar(Instant.now().toString()));
        return response;
    }

    private static DeliveryRefused refused(String reason) {
        LOG.info("Message gateway refused a message: {}", reason);
        DeliveryRefusal refusal = new DeliveryRefusal();
        refusal.getReason().add(reason);
        return new DeliveryRefused("the message was not taken: " + reason, refusal);
    }
}
