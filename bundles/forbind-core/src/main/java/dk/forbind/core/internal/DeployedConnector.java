package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.core.RouteConnector;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.camel.CamelContext;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connector deployed on this node: its own CamelContext, its state and its traffic, and the watch that
 * suspends its consumers while something it needs is down.
 */
final class DeployedConnector implements DependencyWatch.Consumers {
    private static final Logger LOG = LoggerFactory.getLogger(DeployedConnector.class);

    private final RouteConnector connector;
    private final ConnectorDescriptor descriptor;
    private final BundleContext bundleContext;
    private final TrafficCounter traffic = new TrafficCounter();
    private volatile ConnectorState state = ConnectorState.STARTING;
    private volatile Instant startedAt;
    private volatile String reason;
    private CamelContext camel;
    private DependencyWatch watch;
    private ToLongFunction<String> queueDepth;

    DeployedConnector(RouteConnector connector, BundleContext bundleContext) {
        this.connector = connector;
        this.descriptor = connector.descriptor();
        this.bundleContext = bundleContext;
    }

    ConnectorDescriptor descriptor() {
        return descriptor;
    }

    RouteConnector connector() {
        return connector;
    }

    void refuse(String why) {
        state = ConnectorState.REFUSED;
        reason = why;
        LOG.error("Connector {} REFUSED: {}", descriptor.id(), why);
    }

    synchronized void start(ConnectorCamelContextFactory factory, DependencyWatching watching) {
        Optional<String> refusal = ProcessingDeclarationRule.refusal(descriptor);
        if (refusal.isPresent()) {
            refuse(refusal.get());
            return;
        }
        try {
            watch = new DependencyWatch(descriptor,
                    d -> watching.probe().problem(d).or(() -> connector.dependencyProblem(d)), watching.scheduler(), this, watching.timing(),
                    Clock.systemUTC());
            queueDepth = watching.queueDepth();
            camel = factory.create(descriptor, bundleContext, traffic);
            camel.start();
            camel.addRoutes(new DeadLetterRoute(descriptor, watch::holdsBack));
            camel.addRoutes(connector.routes());
            startedAt = Instant.now();
            state = ConnectorState.RUNNING;
            LOG.info("Connector {} (agency {}) started with {} routes", descriptor.id(), descriptor.agency(),
                    camel.getRoutes().size() - 1);
        } catch (Exception e) {
            state = ConnectorState.FAILED;
            reason = e.getMessage();
            LOG.error("Connector {} failed to start: {}", descriptor.id(), e.getMessage(), e);
            stopCamel();
        }
    }

    /** Suspends consumers, lets in-flight exchanges finish (bounded by the drain timeout), then stops. */
    void stop() {
        DependencyWatch stopping;
        synchronized (this) {
            stopping = watch;
        }
        if (stopping != null) {
            stopping.close();
        }
        stopContext();
    }

    private synchronized void stopContext() {
        if (camel == null) {
            state = state == ConnectorState.REFUSED ? state : ConnectorState.STOPPED;
            return;
        }
        state = ConnectorState.STOPPING;
        LOG.info("Connector {} draining and stopping", descriptor.id());
        stopCamel();
        state = ConnectorState.STOPPED;
        LOG.info("Connector {} stopped ({} in, {} out, {} failed)", descriptor.id(), traffic.in(), traffic.out(),
                traffic.failed());
    }

    private void stopCamel() {
        if (camel != null) {
            try {
                camel.stop();
            } catch (RuntimeException e) {
                LOG.warn("Connector {} did not stop cleanly: {}", descriptor.id(), e.getMessage());
            }
            camel = null;
        }
    }

    /** Suspends the routes that take messages in; in-flight exchanges finish first (bounded by the drain time). */
    @Override
    public synchronized void suspend(String why) {
        if (camel == null || state != ConnectorState.RUNNING) {
            return;
        }
        state = ConnectorState.WAITING;
        reason = why;
        EdgeRoutes.suspend(camel);
    }

    @Override
    public synchronized long resume() {
        if (camel == null || state != ConnectorState.WAITING) {
            return -1;
        }
        long waiting = waitingMessages();
        EdgeRoutes.resume(camel);
        state = ConnectorState.RUNNING;
        reason = null;
        return waiting;
    }

    private long waitingMessages() {
        try {
            return queueDepth.applyAsLong(descriptor.inboundAddress());
        } catch (RuntimeException unknown) {
            return -1;
        }
    }

    ConnectorStatus status() {
        return new ConnectorStatus(descriptor.id(), descriptor.agency(), state, traffic.in(), traffic.out(),
                traffic.failed(), startedAt, reason);
    }
}
