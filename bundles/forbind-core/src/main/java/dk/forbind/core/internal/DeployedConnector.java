package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.core.RouteConnector;
import java.time.Instant;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One connector deployed on this node: its own CamelContext, its state and its traffic. */
final class DeployedConnector {
    private static final Logger LOG = LoggerFactory.getLogger(DeployedConnector.class);

    private final RouteConnector connector;
    private final ConnectorDescriptor descriptor;
    private final BundleContext bundleContext;
    private final TrafficCounter traffic = new TrafficCounter();
    private volatile ConnectorState state = ConnectorState.STARTING;
    private volatile Instant startedAt;
    private volatile String reason;
    private CamelContext camel;

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

    void start(ConnectorCamelContextFactory factory) {
        Optional<String> refusal = ProcessingDeclarationRule.refusal(descriptor);
        if (refusal.isPresent()) {
            refuse(refusal.get());
            return;
        }
        try {
            camel = factory.create(descriptor, bundleContext, traffic);
            camel.start();
            camel.addRoutes(new DeadLetterRoute(descriptor));
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

    ConnectorStatus status() {
        return new ConnectorStatus(descriptor.id(), descriptor.agency(), state, traffic.in(), traffic.out(),
                traffic.failed(), startedAt, reason);
    }
}
