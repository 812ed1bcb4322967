package dk.forbind.routefiles;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.core.RouteConnector;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.spi.ComponentResolver;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the routes folder and publishes each route-file connector as a {@link RouteConnector}
 * service, which the connector runtime deploys in its own context. A changed file is redeployed
 * (the old context drains first), a removed one undeployed; other connectors are not touched.
 */
@Component(immediate = true, configurationPid = "dk.forbind.routes")
@Designate(ocd = RouteFilesConfig.class)
public class RouteFileDeployer {
    private static final Logger LOG = LoggerFactory.getLogger(RouteFileDeployer.class);

    // the components route files use most; the deployer starts once they can be resolved
    @Reference(target = "(component=file)")
    private ComponentResolver fileComponent;
    @Reference(target = "(component=timer)")
    private ComponentResolver timerComponent;
    @Reference(target = "(component=log)")
    private ComponentResolver logComponent;

    private final Map<String, RouteFileVersion> seen = new HashMap<>();
    private final Map<String, ServiceRegistration<RouteConnector>> registered = new HashMap<>();
    private BundleContext bundleContext;
    private Path folder;
    private ScheduledExecutorService scanner;

    @Activate
    void activate(BundleContext bundleContext, RouteFilesConfig config) {
        this.bundleContext = bundleContext;
        this.folder = Path.of(config.directory().replace("${karaf.base}", System.getProperty("karaf.base", ".")));
        scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "forbind-route-files");
            t.setDaemon(true);
            return t;
        });
        scanner.scheduleWithFixedDelay(this::scan, 0, Math.max(1, config.scan_interval_seconds()), TimeUnit.SECONDS);
        LOG.info("Watching {} for route-file connectors", folder);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        scanner.shutdownNow();
        scanner.awaitTermination(10, TimeUnit.SECONDS);
        new HashSet<>(registered.keySet()).forEach(this::undeploy);
    }

    void scan() {
        try {
            Map<String, RouteFileVersion> present = RouteFileVersion.scan(folder);
            for (String name : new HashSet<>(seen.keySet())) {
                if (!present.containsKey(name)) {
                    seen.remove(name);
                    undeploy(name);
                    LOG.info("Route file {}.xml removed: connector undeployed", name);
                }
            }
            present.forEach((name, version) -> {
                if (!version.equals(seen.get(name))) {
                    seen.put(name, version);
                    undeploy(name);
                    deploy(name, version);
                }
            });
        } catch (Exception e) {
            LOG.warn("Could not read route files in {}: {}", folder, e.getMessage());
        }
    }

    private void deploy(String name, RouteFileVersion version) {
        if (!version.hasDeclaration()) {
            LOG.error("Route file {}.xml not deployed: {}.properties with its id, agency and processing declaration"
                    + " is missing beside it", name, name);
            return;
        }
        try {
            ConnectorDescriptor descriptor = RouteFileDeclaration.read(version.declaration());
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("forbind.route.file", version.routes().toString());
            registered.put(name, bundleContext.registerService(RouteConnector.class,
                    new RouteFileConnector(descriptor, version.routes()), properties));
            LOG.info("Route file {}.xml deployed as connector {}", name, descriptor.id());
        } catch (Exception e) {
            LOG.error("Route file {}.xml not deployed: {}", name, e.getMessage());
        }
    }

    private void undeploy(String name) {
        ServiceRegistration<RouteConnector> registration = registered.remove(name);
        if (registration != null) {
            registration.unregister();
        }
    }
}
