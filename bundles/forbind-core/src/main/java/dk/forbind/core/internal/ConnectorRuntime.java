package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ConnectorLifecycle;
import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.ConnectorTotals;
import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.SwapReport;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.overview.Holdings;
import dk.forbind.api.overview.SubjectSources;
import dk.forbind.core.ConnectorVersions;
import dk.forbind.core.RouteConnector;
import dk.forbind.core.VersionChange;
import dk.forbind.core.dlq.BrokerManagement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.apache.camel.spi.ComponentResolver;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.cm.ConfigurationAdmin;
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
 * Deploys every {@link RouteConnector} service into its own CamelContext, and undeploys it (with a graceful drain)
 * when its bundle goes away or is updated; stops, starts, suspends, resumes and swaps one by hand. Start and stop
 * run one at a time on a lifecycle thread, so a change to one connector never blocks or restarts another.
 */
@Component(immediate = true, service = {ConnectorRegistry.class, ConnectorLifecycle.class, SubjectSources.class},
        configurationPid = "dk.forbind.core")
@Designate(ocd = CoreConfig.class)
public class ConnectorRuntime implements ConnectorRegistry, ConnectorLifecycle, SubjectSources, ConnectorSwap.Host {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRuntime.class);

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)")
    private ConnectionFactory connectionFactory;

    /** The dead-letter route of every context needs the direct component. */
    @Reference(target = "(component=direct)")
    private ComponentResolver directComponent;

    @Reference
    private ConfigurationAdmin configurations;

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<ConnectorVersions> versionSources = new CopyOnWriteArrayList<>();

    private final Map<RouteConnector, DeployedConnector> deployed = new LinkedHashMap<>();
    private final Set<String> swapping = new HashSet<>();
    private final Map<String, TrafficTotals> totals = new ConcurrentHashMap<>();
    private final ScheduledExecutorService probes = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "forbind-dependency-probe");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService lifecycle = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "forbind-connector-lifecycle");
        t.setDaemon(true);
        return t;
    });
    private ConnectorCamelContextFactory factory;
    private DependencyWatching watching;
    private OperatorHolds holds;
    private FrameworkWiring framework;
    private ConnectorSwap.Timing swapTiming;
    private InPlaceReplacements replacements;
    private CoreConfig config;

    @Activate
    void activate(BundleContext bundleContext, CoreConfig config) {
        this.config = config;
        framework = bundleContext.getBundle(0).adapt(FrameworkWiring.class);
        swapTiming = new ConnectorSwap.Timing(Duration.ofSeconds(config.swap_start_timeout_seconds()),
                Duration.ofSeconds(config.swap_first_message_wait_seconds()));
        replacements = new InPlaceReplacements(framework, probes, id -> totals.computeIfAbsent(id, TrafficTotals::new),
                swapTiming);
        synchronized (deployed) {
            holds = new OperatorHolds(new ConnectorHolds(configurations));
            factory = new ConnectorCamelContextFactory(connectionFactory, config);
            watching = new DependencyWatching(new DependencyProbe(() -> dataSource, () -> connectionFactory,
                    Duration.ofSeconds(config.dependency_probe_timeout_seconds())), probes,
                    new DependencyWatch.Timing(Duration.ofMillis(config.dependency_probe_first_ms()),
                            Duration.ofSeconds(config.dependency_probe_longest_seconds()),
                            Duration.ofMinutes(config.dependency_reminder_minutes())),
                    queue -> BrokerManagement.messageCount(connectionFactory, queue));
            deployed.values().forEach(d -> {
                holds.applyTo(d, swapping.contains(d.descriptor().id()));
                scheduleStart(d);
            });
        }
        LOG.info("Connector runtime active (redeliveries {}, drain timeout {}s)", config.redelivery_maximum(),
                config.drain_timeout_seconds());
    }

    @Deactivate
    void deactivate() {
        List<DeployedConnector> all;
        synchronized (deployed) {
            factory = null;
            all = new ArrayList<>(deployed.values());
        }
        all.forEach(c -> lifecycle.execute(c::stop));
        lifecycle.shutdown();
        probes.shutdownNow();
        try {
            if (!lifecycle.awaitTermination(config.drain_timeout_seconds() + 10L, TimeUnit.SECONDS)) {
                LOG.warn("Connectors did not all stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindConnector(RouteConnector connector, ServiceReference<RouteConnector> reference) {
        DeployedConnector candidate = new DeployedConnector(connector, reference.getBundle().getBundleContext(),
                totals.computeIfAbsent(connector.descriptor().id(), TrafficTotals::new));
        synchronized (deployed) {
            String id = candidate.descriptor().id();
            boolean taken = deployed.values().stream().anyMatch(d -> d.descriptor().id().equals(id));
            deployed.put(connector, candidate);
            if (taken) {
                candidate.refuse("another connector with id '" + id + "' is already deployed (bundle "
                        + reference.getBundle().getSymbolicName() + ")");
            } else if (factory != null) {
                holds.applyTo(candidate, swapping.contains(id));
                scheduleStart(candidate);
            }
        }
    }

    void unbindConnector(RouteConnector connector) {
        DeployedConnector gone;
        synchronized (deployed) {
            gone = deployed.remove(connector);
        }
        if (gone == null) {
            return;
        }
        boolean swapped;
        synchronized (deployed) {
            swapped = swapping.contains(gone.descriptor().id());
        }
        InPlaceReplacement replacement = swapped ? null : InPlaceReplacement.of(gone);
        // wait: the connector's bundle is stopping and its classes must stay usable while it drains
        runAndWait(gone::stop);
        replacements.gone(gone, replacement);
    }

    private void scheduleStart(DeployedConnector connector) {
        ConnectorCamelContextFactory current = factory;
        DependencyWatching currentWatching = watching;
        lifecycle.execute(() -> {
            synchronized (deployed) {
                if (deployed.get(connector.connector()) != connector) {
                    return; // undeployed before it could start
                }
            }
            connector.start(current, currentWatching);
            replacements.started(connector);
        });
    }

    private void runAndWait(Runnable task) {
        if (lifecycle.isShutdown()) {
            return; // the runtime is deactivating and stops every connector itself
        }
        try {
            lifecycle.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Connector lifecycle task failed: {}", e.getMessage(), e);
        }
    }

    @Override
    public List<ConnectorDescriptor> descriptors() {
        synchronized (deployed) {
            return deployed.values().stream().map(DeployedConnector::descriptor).toList();
        }
    }

    @Override
    public List<ConnectorStatus> connectors() {
        List<ConnectorStatus> statuses = new ArrayList<>();
        synchronized (deployed) {
            deployed.values().forEach(d -> statuses.add(d.status()));
        }
        statuses.sort(Comparator.comparing(ConnectorStatus::id));
        return statuses;
    }

    @Override
    public List<ConnectorTotals> totals() {
        return totals.values().stream().map(TrafficTotals::snapshot)
                .sorted(Comparator.comparing(ConnectorTotals::id)).toList();
    }

    @Override
    public ConnectorStatus stop(String id, boolean persist) {
        return operate(id, c -> holds.stop(c, persist));
    }

    @Override
    public ConnectorStatus start(String id, boolean persist) {
        ConnectorCamelContextFactory current = factory;
        DependencyWatching currentWatching = watching;
        return operate(id, c -> holds.start(c, persist, () -> c.start(current, currentWatching)));
    }

    @Override
    public ConnectorStatus suspend(String id, boolean persist) {
        return operate(id, c -> holds.suspend(c, persist));
    }

    @Override
    public ConnectorStatus resume(String id, boolean persist) {
        return operate(id, c -> holds.resume(c, persist));
    }

    private ConnectorStatus operate(String id, Consumer<DeployedConnector> action) {
        DeployedConnector connector = deployedWithId(id);
        try {
            onLifecycle(() -> {
                action.accept(connector);
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return connector.status();
    }

    @Override
    public SwapReport swap(String id, String location, Consumer<String> steps) {
        DeployedConnector current = deployedWithId(id);
        VersionChange change = versionSources.stream().filter(s -> s.deployed(id)).findFirst()
                .map(s -> s.change(id, location)).orElseGet(() -> bundleChange(current, location));
        synchronized (deployed) {
            if (!swapping.add(id)) {
                throw new IllegalStateException("a swap of connector " + id + " is already under way");
            }
        }
        try {
            SwapReport report = new ConnectorSwap(current, change, this, swapTiming, steps).run();
            totals.computeIfAbsent(id, TrafficTotals::new).swapped(report);
            return report;
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("swap of connector " + id + " broke off: " + e.getMessage(), e);
        } finally {
            synchronized (deployed) {
                swapping.remove(id);
            }
        }
    }

    private VersionChange bundleChange(DeployedConnector current, String location) {
        List<String> others;
        synchronized (deployed) {
            others = deployed.values().stream().filter(d -> d != current && d.bundle().equals(current.bundle()))
                    .map(d -> d.descriptor().id()).toList();
        }
        if (!others.isEmpty()) {
            throw new IllegalArgumentException("bundle " + current.bundle().getSymbolicName()
                    + " also publishes connectors " + others + "; a swap replaces one connector's bundle");
        }
        return BundleVersionChange.of(current.bundle(), framework, location);
    }

    @Override
    public List<Source> sources() {
        synchronized (deployed) {
            return deployed.values().stream().flatMap(d -> SubjectLookupRoute.titleOf(d.connector()).stream()
                    .map(title -> new Source(d.descriptor().id(), d.descriptor().agency(), title))).distinct().toList();
        }
    }

    @Override
    public Holdings ask(String connector, DataSubject subject, ForbindPrincipal asker) throws Exception {
        DeployedConnector running;
        synchronized (deployed) {
            // during a swap two versions are deployed: the one that runs answers
            running = deployed.values().stream().filter(d -> d.descriptor().id().equals(connector)
                    && SubjectLookupRoute.titleOf(d.connector()).isPresent()).min(Comparator.comparing(
                            d -> d.state() == ConnectorState.RUNNING ? 0 : 1)).orElseThrow(() ->
                    new DependencyUnavailableException(connector, "no connector '" + connector + "' with a subject"
                            + " look-up is deployed on this node"));
        }
        return running.holdingsOf(subject, asker);
    }

    private DeployedConnector deployedWithId(String id) {
        synchronized (deployed) {
            return deployed.values().stream().filter(d -> d.descriptor().id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no connector '" + id + "' is deployed on this"
                            + " node; deployed: " + deployed.values().stream().map(d -> d.descriptor().id()).toList()));
        }
    }

    @Override
    public <T> T onLifecycle(Callable<T> task) throws Exception {
        try {
            return lifecycle.submit(task).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    @Override
    public Optional<DeployedConnector> awaitDeployed(String id, Set<DeployedConnector> not)
            throws InterruptedException {
        long deadline = System.nanoTime() + swapTiming.start().toNanos();
        do {
            synchronized (deployed) {
                Optional<DeployedConnector> found = deployed.values().stream()
                        .filter(d -> d.descriptor().id().equals(id) && !not.contains(d)).findFirst();
                if (found.isPresent() && found.get().state() != ConnectorState.STARTING) {
                    return found;
                }
            }
            Thread.sleep(10);
        } while (System.nanoTime() < deadline);
        return Optional.empty();
    }

    @Override
    public void release(DeployedConnector version, boolean keepStopped) {
        holds.release(version, keepStopped);
    }
}
