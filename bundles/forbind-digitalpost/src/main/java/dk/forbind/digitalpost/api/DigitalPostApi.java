package dk.forbind.digitalpost.api;

import dk.forbind.api.auth.NsisLevel;
import dk.forbind.digitalpost.DigitalPostConfig;
import dk.forbind.digitalpost.DigitalPostLetters;
import dk.forbind.rest.ApiCallers;
import dk.forbind.rest.OpenApiResource;
import dk.forbind.rest.RestApiEndpoint;
import java.util.List;
import javax.jms.ConnectionFactory;
import org.apache.cxf.endpoint.Server;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the letter API at {@code /forbind/api/digitalpost/v1} the way every Forbind API is published
 * ({@link RestApiEndpoint}): agency systems with a grant of {@code api:digitalpost.send} hand in letters and follow
 * them; {@code api:digitalpost.receipts} posts receipts.
 */
@Component(immediate = true, configurationPid = DigitalPostConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DigitalPostApi {
    static final String ADDRESS = "/digitalpost/v1";
    private static final Logger LOG = LoggerFactory.getLogger(DigitalPostApi.class);

    @Reference
    private ApiCallers callers;

    @Reference
    private DigitalPostLetters letters;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectionFactory broker;

    private Server server;

    @Activate
    void activate(DigitalPostConfig config) {
        server = callers.publish("Digitalpost", ADDRESS, NsisLevel.parse(config.api_minimum_loa()),
                List.of(new LetterResource(letters, new LetterQueue(() -> broker))),
                OpenApiResource.words(DigitalPostApi.class, "/openapi/digitalpost.json"));
        LOG.info("Digital Post letter API published at {}", ADDRESS);
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
        }
    }
}
