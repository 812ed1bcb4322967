package dk.forbind.broker.agency;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.activemq.artemis.api.core.TransportConfiguration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.spi.core.remoting.Acceptor;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded broker's acceptor for agency systems ({@code etc/dk.forbind.broker.agencies.cfg}): CORE over TLS
 * 1.2 or 1.3 with the node's key, and a client certificate required from an issuer in the agency truststore —
 * the same key and truststore as HTTPS. There is no password login here that an agency could use: a system logs
 * in by its certificate ({@link AgencyCertificateLogin}) and reaches only what {@link AgencyBrokerPermissions}
 * derives from its grants. The platform's own acceptor (etc/artemis.xml) stays on localhost.
 */
@Component(immediate = true, configurationPid = AgencyAcceptor.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = AgencyAcceptor.Settings.class)
public class AgencyAcceptor {
    static final String PID = "dk.forbind.broker.agencies";
    private static final String NAME = "agencies";
    private static final String NETTY = "org.apache.activemq.artemis.core.remoting.impl.netty.NettyAcceptorFactory";
    private static final Logger LOG = LoggerFactory.getLogger(AgencyAcceptor.class);

    @ObjectClassDefinition(name = "Forbind broker acceptor for agency systems")
    public @interface Settings {
        @AttributeDefinition(description = "Address to listen on: 127.0.0.1 (this machine only) or the interface"
                + " agency systems reach")
        String host() default "127.0.0.1";

        @AttributeDefinition(description = "TCP port")
        int port() default 61617;

        @AttributeDefinition(description = "PKCS12 keystore with the node's key (relative paths: karaf.etc)")
        String keystore() default "forbind-node.p12";

        @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String keystore_password();

        @AttributeDefinition(description = "PKCS12 truststore of the CAs that issue agency system certificates")
        String truststore() default "forbind-agency-truststore.p12";

        @AttributeDefinition(type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String truststore_password();

        @AttributeDefinition(description = "TLS versions offered")
        String protocols() default "TLSv1.3,TLSv1.2";
    }

    @Reference
    private ActiveMQServer server;

    @Activate
    void activate(Settings settings) throws Exception {
        Map<String, Object> params = new HashMap<>();
        params.put("host", settings.host());
        params.put("port", settings.port());
        params.put("protocols", "CORE");
        params.put("sslEnabled", true);
        params.put("needClientAuth", true);
        params.put("keyStoreType", "PKCS12");
        params.put("keyStorePath", etc(settings.keystore()));
        params.put("keyStorePassword", settings.keystore_password());
        params.put("trustStoreType", "PKCS12");
        params.put("trustStorePath", etc(settings.truststore()));
        params.put("trustStorePassword", settings.truststore_password());
        params.put("enabledProtocols", settings.protocols());
        Acceptor acceptor = server.getRemotingService().createAcceptor(new TransportConfiguration(NETTY, params, NAME));
        acceptor.start();
        LOG.info("Broker acceptor for agency systems on {}:{} (TLS, client certificate required)", settings.host(),
                settings.port());
    }

    private static String etc(String file) {
        return Path.of(System.getProperty("karaf.etc", "etc")).resolve(file).toString();
    }

    @Deactivate
    void deactivate() throws Exception {
        server.getRemotingService().destroyAcceptor(NAME);
    }
}
