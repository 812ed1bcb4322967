package dk.forbind.transparency.api;

import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.auth.ApiAuthenticator;
import dk.forbind.api.auth.NsisLevel;
import dk.forbind.rest.ApiCallers;
import dk.forbind.rest.OpenApiResource;
import dk.forbind.transparency.TransparencyConfig;
import dk.forbind.transparency.TransparencyService;
import java.time.Clock;
import java.util.List;
import org.apache.cxf.endpoint.Server;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the transparency API on the CXF servlet ({@code /forbind/api}, see
 * {@code etc/org.apache.cxf.osgi.cfg}) at {@code /transparency/v1}, behind the platform's
 * authentication filter: the {@link ApiAuthenticator} of the caller's scheme, and the API's minimum
 * NSIS level ({@code api.minimum.loa} in {@code etc/dk.forbind.transparency.cfg}).
 */
@Component(immediate = true, configurationPid = "dk.forbind.transparency")
public class TransparencyApi {
    static final String ADDRESS = "/transparency/v1";
    private static final Logger LOG = LoggerFactory.getLogger(TransparencyApi.class);

    @Reference
    private ApiCallers callers;

    @Reference
    private TransparencyService registry;

    @Reference
    private ConnectorRegistry connectors;

    private Server server;

    @Activate
    void activate(TransparencyConfig config) {
        Clock clock = Clock.systemUTC();
        server = callers.publish("Transparency", ADDRESS, NsisLevel.parse(config.api_minimum_loa()),
                List.of(new CitizenResource(registry, clock),
                new AuditorResource(registry, clock), new PublicResource(connectors, registry)),
                OpenApiResource.words(TransparencyApi.class, "/openapi/transparency.json"));
        LOG.info("Transparency API published at {}", ADDRESS);
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
        }
    }
}
