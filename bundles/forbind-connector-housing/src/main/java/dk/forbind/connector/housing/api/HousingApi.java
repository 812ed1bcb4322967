package dk.forbind.connector.housing.api;

import dk.forbind.api.auth.NsisLevel;
import dk.forbind.connector.housing.HousingBenefit;
import dk.forbind.connector.housing.HousingConfig;
import dk.forbind.core.PersistentQueue;
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
 * Publishes the citizens' housing-benefit API at {@code /forbind/api/housing/v1} the way every Forbind API is
 * published ({@link RestApiEndpoint}): MitID at {@code api.minimum.loa} (Substantial) or above; a citizen applies and
 * follows their own cases, or those of someone they hold a power of attorney for. Agency systems reach none of it.
 */
@Component(immediate = true, configurationPid = HousingConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class HousingApi {
    static final String ADDRESS = "/housing/v1";
    private static final Logger LOG = LoggerFactory.getLogger(HousingApi.class);

    @Reference
    private ApiCallers callers;

    @Reference
    private HousingBenefit housing;

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectionFactory broker;

    private Server server;

    @Activate
    void activate(HousingConfig config) {
        NsisLevel minimum = NsisLevel.parse(config.api_minimum_loa());
        if (!minimum.atLeast(NsisLevel.SUBSTANTIAL)) {
            throw new IllegalArgumentException("api.minimum.loa must be Substantial or High; housing benefit is not"
                    + " applied for at " + minimum.label());
        }
        server = callers.publish("Housing", ADDRESS, minimum, List.of(
                new ApplicationResource(housing, new PersistentQueue(() -> broker)),
                        new CaseResource(housing)),
                OpenApiResource.words(HousingApi.class, "/openapi/housing.json"));
        LOG.info("Housing-benefit citizen API published at {}", ADDRESS);
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
        }
    }
}
