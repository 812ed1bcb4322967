package dk.forbind.gateway;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.core.PersistentQueue;
import dk.forbind.gateway.soap.MessageGateway;
import dk.forbind.gateway.soap.MessageGatewayService;
import dk.forbind.rest.AgencyGrantCheck;
import dk.forbind.rest.ApiCallers;
import dk.forbind.soap.SignedCallers;
import dk.forbind.soap.WsdlFirstEndpoint;
import java.util.Optional;
import javax.jms.ConnectionFactory;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the SOAP message gateway at {@code /forbind/api/soap/gateway/v1} (its WSDL at {@code ?wsdl}): every
 * request validated against the WSDL's schema and signed by an agency system's certificate (WS-Security), whose
 * agency's grants decide what it may hand in.
 */
@Component(immediate = true)
public class MessageGatewayPublisher {
    static final String ADDRESS = "/soap/gateway/v1";
    /** A payload of at most 1 MB (the schema's limit), with room for the envelope and its signature. */
    private static final long MAX_REQUEST_CHARACTERS = 1_100_000;
    private static final Logger LOG = LoggerFactory.getLogger(MessageGatewayPublisher.class);

    @Reference
    private ApiCallers callers;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectionFactory broker;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectorRegistry connectors;

    private Server server;

    @Activate
    void activate() {
        WsdlFirstEndpoint endpoint = new WsdlFirstEndpoint(MessageGateway.class, new GatewayEndpoint(callers.access(),
                () -> Optional.ofNullable(connectors), new PersistentQueue(() -> broker)),
                MessageGatewayService.WSDL_LOCATION, MessageGatewayService.SERVICE,
                MessageGatewayService.MessageGatewayPort, MAX_REQUEST_CHARACTERS);
        SignedCallers.require(endpoint.interceptors(), "Gateway", callers.check(NsisLevel.SUBSTANTIAL),
                new AgencyGrantCheck("Gateway", callers.access()));
        server = endpoint.publish(BusFactory.getDefaultBus(), ADDRESS);
        LOG.info("SOAP message gateway published at {} (signed requests of agency systems only)", ADDRESS);
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
        }
    }
}
