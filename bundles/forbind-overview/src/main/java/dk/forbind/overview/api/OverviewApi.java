package dk.forbind.overview.api;

import dk.forbind.api.auth.NsisLevel;
import dk.forbind.api.overview.HoldingsOverview;
import dk.forbind.overview.OverviewConfig;
import dk.forbind.rest.ApiCallers;
import dk.forbind.rest.OpenApiResource;
import java.util.List;
import org.apache.cxf.endpoint.Server;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the overview API at {@code /forbind/api/overview/v1}, behind the platform's authentication filter (MitID;
 * the minimum level is {@code api.minimum.loa} in {@code etc/dk.forbind.overview.cfg}).
 */
@Component(immediate = true, configurationPid = OverviewConfig.PID)
public class OverviewApi {
    static final String ADDRESS = "/overview/v1";
    private static final Logger LOG = LoggerFactory.getLogger(OverviewApi.class);

    @Reference
    private ApiCallers callers;

    @Reference
    private HoldingsOverview overview;

    private Server server;

    @Activate
    void activate(OverviewConfig config) {
        server = callers.publish("Overview", ADDRESS, NsisLevel.parse(config.api_minimum_loa()),
                List.of(new HoldingsResource(overview)),
                OpenApiResource.words(OverviewApi.class, "/openapi/overview.json"));
        LOG.info("Overview API published at {}", ADDRESS);
    }

    @Deactivate
    void deactivate() {
        if (server != null) {
            server.destroy();
        }
    }
}
