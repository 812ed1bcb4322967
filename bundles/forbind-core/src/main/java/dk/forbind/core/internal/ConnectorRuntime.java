package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ConnectorRegistry;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.core.RouteConnector;
import dk.forbind.core.dlq.BrokerManagement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.jms.ConnectionFactory;
import javax.sql.DataSource;
import org.apache.camel.spi.ComponentResolver;
import org.osgi.framework.ServiceReference;
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
 * Deploys every {@link RouteConnector} service into its own CamelContext, and undeploys it (with a
 * graceful drain) when its bundle goes away or is updated. Start and stop run one at a time on a
 * lifecycle thread, so an update of one connector never blocks or restarts another.
 */
@Component(immediate = true, service = ConnectorRegistry.class, configurationPid = "dk.forbind.core")
@Designate(ocd = CoreConfig.class)
public class ConnectorRuntime implements ConnectorRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorRuntime.class);

    @Reference(target = "(osgi.jndi.service.name=jms/forbind)")
    private ConnectionFactory connectionFactory;

    /** The dead-letter route of every context needs the direct component. */
    @Reference(target = "(component=direct)")
    private ComponentResolver directComponent;

    @Reference(target = "(osgi.jndi.service.name=jdbc/forbind)", cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSource dataSource;

    private final Map<RouteConnector, DeployedConnector> deployed = new LinkedHashMap<>();
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
    private CoreConfig config;

    @Activate
    void activate(CoreConfig config) {
        this.config = config;
        synchronized (deployed) {
            factory = new ConnectorCamelContextFactory(connectionFactory, config);
            watching = new DependencyWatching(new DependencyProbe(() -> dataSource, () -> connectionFactory,
                    Duration.ofSeconds(config.dependency_probe_timeout_seconds())), probes,
                    new DependencyWatch.Timing(Duration.ofMillis(config.dependency_probe_first_ms()),
                            Duration.ofSeconds(config.dependency_probe_longest_seconds()),
                            Duration.ofMinutes(config.dependency_reminder_minutes())),
                    queue -> BrokerManagement.messageCount(connectionFactory, queue));
            deployed.values().forEach(this::scheduleStart);
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
        DeployedConnector candidate = new DeployedConnector(connector, reference.getBundle().getBundleContext());
        synchronized (deployed) {
            String id = candidate.descriptor().id();
            boolean taken = deployed.values().stream().anyMatch(d -> d.descriptor().id().equals(id));
            deployed.put(connector, candidate);
            if (taken) {
                candidate.refuse("another connector with id '" + id + "' is already deployed (bundle "
                        + reference.getBundle().getSymbolicName() + ")");
            } else if (factory != null) {
                scheduleStart(candidate);
            }
        }
    }

    void unbindConnector(RouteConnector connector) {
        DeployedConnector gone;
        synchronized (deployed) {
            gone = deployed.remove(connector);
        }
        if (gone != null) {
            // wait: the connector's bundle is stopping and its classes must stay usable while it drains
            runAndWait(gone::stop);
        }
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
}
