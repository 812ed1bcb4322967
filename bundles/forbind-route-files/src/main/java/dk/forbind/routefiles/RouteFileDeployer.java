package dk.forbind.routefiles;

import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.DeploymentProblems;
import dk.forbind.api.SwapReport;
import dk.forbind.core.ConnectorVersions;
import dk.forbind.core.RouteConnector;
import dk.forbind.core.VersionChange;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the routes folder and publishes each route-file connector as a {@link RouteConnector} service, which the
 * connector runtime deploys in its own context. A changed file is swapped in (drained, stopped, started, rolled back
 * if the new version fails); a broken one is reported and the running version keeps running; a removed one is
 * undeployed. Other connectors are not touched.
 */
@Component(immediate = true, configurationPid = "dk.forbind.routes",
        service = {ConnectorVersions.class, DeploymentProblems.class})
@Designate(ocd = RouteFilesConfig.class)
public class RouteFileDeployer implements ConnectorVersions, DeploymentProblems, RouteFileChange.Deployments {
    private static final Logger LOG = LoggerFactory.getLogger(RouteFileDeployer.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    // the components route files use most; the deployer starts once they can be resolved
    @Reference(target = "(component=file)")
    private ComponentResolver fileComponent;
    @Reference(target = "(component=timer)")
    private ComponentResolver timerComponent;
    @Reference(target = "(component=log)")
    private ComponentResolver logComponent;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConnectorLifecycle lifecycle;

    private final Map<String, RouteFileVersion> seen = new HashMap<>();
    private final Map<String, Published> published = new HashMap<>();
    private final Map<String, String> problems = new TreeMap<>();
    private BundleContext bundleContext;
    private Path folder;
    private ScheduledExecutorService scanner;

    private record Published(RouteFile file, ServiceRegistration<RouteConnector> registration) {
    }

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
        List<String> names;
        synchronized (this) {
            names = new ArrayList<>(published.keySet());
        }
        names.forEach(this::unpublish);
    }

    void scan() {
        try {
            Map<String, RouteFileVersion> present = RouteFileVersion.scan(folder);
            for (String name : seenNames()) {
                if (!present.containsKey(name)) {
                    forget(name);
                    unpublish(name);
                    LOG.info("Route file {}.xml removed: connector undeployed", name);
                }
            }
            present.forEach((name, version) -> {
                if (!version.equals(seenVersion(name))) {
                    remember(name, version);
                    changed(name, version.routes());
                }
            });
        } catch (Exception e) {
            LOG.warn("Could not read route files in {}: {}", folder, e.getMessage());
        }
    }

    /** A new or changed route file: published when new, swapped in when it replaces a running version. */
    private void changed(String name, Path routes) {
        Published running = publishedAs(name);
        RouteFile file;
        try {
            file = RouteFile.read(routes);
        } catch (IllegalArgumentException e) {
            report(name, e.getMessage(), running);
            return;
        }
        ConnectorLifecycle runtime = lifecycle;
        if (running == null || !running.file().descriptor().id().equals(file.descriptor().id()) || runtime == null) {
            unpublish(name);
            publish(file);
            clear(name);
        } else if (running.file().version().equals(file.version())) {
            clear(name); // touched, not changed (or written by a swap)
        } else {
            swapInPlace(runtime, name, routes, file, running);
        }
    }

    private void swapInPlace(ConnectorLifecycle runtime, String name, Path routes, RouteFile file, Published running) {
        try {
            SwapReport swap = runtime.swap(file.descriptor().id(), routes.toString(), step -> { });
            if (swap.outcome() == SwapReport.Outcome.SWAPPED) {
                clear(name);
            } else {
                report(name, swap.failure(), swap.outcome() == SwapReport.Outcome.ROLLED_BACK ? running : null);
            }
        } catch (RuntimeException e) {
            report(name, "not swapped in: " + e.getMessage(), running);
        }
    }

    @Override
    public boolean deployed(String connectorId) {
        return publishedWithId(connectorId) != null;
    }

    @Override
    public VersionChange change(String connectorId, String location) {
        Published running = publishedWithId(connectorId);
        if (running == null) {
            throw new IllegalArgumentException("connector " + connectorId + " is not a route file of " + folder);
        }
        Path source = location.startsWith("file:") ? Path.of(URI.create(location)) : Path.of(location);
        RouteFile fresh = RouteFile.read(source);
        if (!fresh.descriptor().id().equals(connectorId)) {
            throw new IllegalArgumentException(source.getFileName() + " declares connector " + fresh.descriptor().id()
                    + ", not " + connectorId);
        }
        String name = running.file().name();
        boolean inPlace = source.toAbsolutePath().normalize().equals(folder.resolve(name + ".xml").toAbsolutePath()
                .normalize());
        return new RouteFileChange(running.file(), fresh.named(name), inPlace, location, this);
    }

    @Override
    public synchronized List<String> problems() {
        return new ArrayList<>(problems.values());
    }

    @Override
    public void publish(RouteFile file) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("forbind.route.file", folder.resolve(file.name() + ".xml").toString());
        ServiceRegistration<RouteConnector> registration = bundleContext.registerService(RouteConnector.class,
                RouteFileConnector.of(file, folder), properties);
        synchronized (this) {
            published.put(file.name(), new Published(file, registration));
        }
        LOG.info("Route file {}.xml deployed as connector {} (version {})", file.name(), file.descriptor().id(),
                file.version());
    }

    @Override
    public void unpublish(String name) {
        Published gone;
        synchronized (this) {
            gone = published.remove(name);
        }
        if (gone != null) {
            gone.registration().unregister();
        }
    }

    @Override
    public void write(RouteFile file) throws IOException {
        file.writeTo(folder);
        RouteFileVersion written = RouteFileVersion.scan(folder).get(file.name());
        if (written != null) {
            remember(file.name(), written);
        }
        clear(file.name());
    }

    private void report(String name, String problem, Published running) {
        String line = "routes/" + name + ".xml (" + LocalTime.now().format(TIME) + "): " + problem
                + (running == null ? "; not deployed" : "; version " + running.file().version() + " of connector "
                + running.file().descriptor().id() + " keeps running");
        synchronized (this) {
            problems.put(name, line);
        }
        LOG.error("Route file {}", line);
    }

    private synchronized void clear(String name) {
        problems.remove(name);
    }

    private synchronized List<String> seenNames() {
        return new ArrayList<>(seen.keySet());
    }

    private synchronized RouteFileVersion seenVersion(String name) {
        return seen.get(name);
    }

    private synchronized void remember(String name, RouteFileVersion version) {
        seen.put(name, version);
    }

    private synchronized void forget(String name) {
        seen.remove(name);
        problems.remove(name);
    }

    private synchronized Published publishedAs(String name) {
        return published.get(name);
    }

    private synchronized Published publishedWithId(String connectorId) {
        return published.values().stream().filter(p -> p.file().descriptor().id().equals(connectorId)).findFirst()
                .orElse(null);
    }
}
