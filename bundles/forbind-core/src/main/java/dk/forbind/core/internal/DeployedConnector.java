package dk.forbind.core.internal;

import dk.forbind.api.ConnectorDescriptor;
import dk.forbind.api.ConnectorState;
import dk.forbind.api.ConnectorStatus;
import dk.forbind.api.DataSubject;
import dk.forbind.api.DependencyUnavailableException;
import dk.forbind.api.auth.ForbindPrincipal;
import dk.forbind.api.overview.Holdings;
import dk.forbind.core.RouteConnector;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connector deployed on this node: its own CamelContext, its state and its traffic, the watch that suspends
 * its consumers while something it needs is down, and what an operator asked of it (stopped or suspended).
 */
final class DeployedConnector implements DependencyWatch.Consumers {
    private static final Logger LOG = LoggerFactory.getLogger(DeployedConnector.class);

    private final RouteConnector connector;
    private final ConnectorDescriptor descriptor;
    private final BundleContext bundleContext;
    private final String version;
    private final TrafficCounter traffic;
    private volatile ConnectorState state = ConnectorState.STARTING;
    private volatile Instant startedAt;
    private volatile String reason;
    /** STOPPED or SUSPENDED while an operator (or a swap) holds the connector so; null otherwise. */
    private volatile ConnectorState held;
    private volatile String heldWhy;
    private CamelContext camel;
    /** Asks the connector's subject look-up while its context runs, if it offers one. */
    private volatile ProducerTemplate lookups;
    private DependencyWatch watch;
    private ToLongFunction<String> queueDepth;

    DeployedConnector(RouteConnector connector, BundleContext bundleContext, TrafficTotals totals) {
        this.connector = connector;
        this.traffic = new TrafficCounter(totals);
        this.descriptor = connector.descriptor();
        this.bundleContext = bundleContext;
        this.version = connector.version().orElseGet(() -> bundleContext.getBundle().getVersion().toString());
    }

    ConnectorDescriptor descriptor() {
        return descriptor;
    }

    RouteConnector connector() {
        return connector;
    }

    Bundle bundle() {
        return bundleContext.getBundle();
    }

    TrafficCounter traffic() {
        return traffic;
    }

    ConnectorState state() {
        return state;
    }

    /** Keeps the connector STOPPED or SUSPENDED (null: as usual) from its next start on, saying why. */
    void hold(ConnectorState how, String why) {
        held = how;
        heldWhy = why;
        if (how != null && state == how) {
            reason = why;
        }
    }

    void refuse(String why) {
        state = ConnectorState.REFUSED;
        reason = why;
        LOG.error("Connector {} REFUSED: {}", descriptor.id(), why);
    }

    /** Starts its context; held STOPPED it stays stopped, held SUSPENDED its consumers wait to be resumed. */
    synchronized void start(ConnectorCamelContextFactory factory, DependencyWatching watching) {
        Optional<String> refusal = ProcessingDeclarationRule.refusal(descriptor);
        if (refusal.isPresent()) {
            refuse(refusal.get());
            return;
        }
        if (held == ConnectorState.STOPPED) {
            state = ConnectorState.STOPPED;
            reason = heldWhy;
            LOG.info("Connector {} not started: {}", descriptor.id(), heldWhy);
            return;
        }
        try {
            watch = new DependencyWatch(descriptor,
                    d -> watching.probe().problem(d).or(() -> connector.dependencyProblem(d)), watching.scheduler(),
                    this, watching.timing(), Clock.systemUTC());
            queueDepth = watching.queueDepth();
            camel = factory.create(descriptor, bundleContext, traffic);
            camel.addRoutePolicyFactory((context, routeId, route) -> EdgeRoutes.heldAtStart(
                    () -> held == ConnectorState.SUSPENDED));
            camel.start();
            camel.addRoutes(new DeadLetterRoute(descriptor, watch::holdsBack));
            camel.addRoutes(connector.routes());
            Optional<SubjectLookupRoute> lookup = SubjectLookupRoute.of(descriptor.id(), connector);
            if (lookup.isPresent()) {
                camel.addRoutes(lookup.get());
                lookups = camel.createProducerTemplate();
            }
            startedAt = Instant.now();
            state = held == ConnectorState.SUSPENDED ? ConnectorState.SUSPENDED : ConnectorState.RUNNING;
            reason = held == ConnectorState.SUSPENDED ? heldWhy : null;
            LOG.info("Connector {} (agency {}, version {}) started with {} routes{}", descriptor.id(),
                    descriptor.agency(), version, camel.getRoutes().size() - 1,
                    state == ConnectorState.SUSPENDED ? ", its consumers held: " + heldWhy : "");
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
            watch = null;
        }
        if (stopping != null) {
            stopping.close();
        }
        stopContext();
    }

    private synchronized void stopContext() {
        if (camel == null) {
            state = state == ConnectorState.REFUSED || state == ConnectorState.FAILED ? state : ConnectorState.STOPPED;
            return;
        }
        state = ConnectorState.STOPPING;
        LOG.info("Connector {} draining and stopping", descriptor.id());
        stopCamel();
        state = ConnectorState.STOPPED;
        reason = held == ConnectorState.STOPPED ? heldWhy : null;
        LOG.info("Connector {} stopped ({} in, {} out, {} failed)", descriptor.id(), traffic.in(), traffic.out(),
                traffic.failed());
    }

    private void stopCamel() {
        ProducerTemplate template = lookups;
        lookups = null;
        if (template != null) {
            template.stop();
        }
        if (camel != null) {
            try {
                camel.stop();
            } catch (RuntimeException e) {
                LOG.warn("Connector {} did not stop cleanly: {}", descriptor.id(), e.getMessage());
            }
            camel = null;
        }
    }

    /**
     * Its consumers stop taking messages and the ones in flight finish (bounded by the drain time); it stays
     * SUSPENDED until {@link #release()}. Returns how many exchanges were in flight when it began.
     */
    synchronized int suspendHeld(String why) {
        hold(ConnectorState.SUSPENDED, why);
        if (camel == null || (state != ConnectorState.RUNNING && state != ConnectorState.WAITING)) {
            return 0;
        }
        int inFlight = camel.getInflightRepository().size();
        EdgeRoutes.suspend(camel);
        state = ConnectorState.SUSPENDED;
        reason = why;
        return inFlight;
    }

    /**
     * What the connector's subject look-up holds about {@code subject}, asked on behalf of {@code asker} inside
     * its context (recorded by the capture). Not synchronized: a slow look-up holds up nothing else.
     *
     * @throws DependencyUnavailableException when the connector's context does not run
     */
    Holdings holdingsOf(DataSubject subject, ForbindPrincipal asker) throws Exception {
        ProducerTemplate template = lookups;
        if (template == null) {
            throw new DependencyUnavailableException(descriptor.id(), "connector " + descriptor.id() + " is "
                    + state.name().toLowerCase(Locale.ROOT));
        }
        return SubjectLookupRoute.ask(template, subject, asker);
    }

    /** Exchanges still in flight (after a suspension: those the drain time did not let finish). */
    synchronized int inFlight() {
        return camel == null ? 0 : camel.getInflightRepository().size();
    }

    /** Ends a hold: a SUSPENDED connector takes messages again. Whether it did (a stopped one needs a start). */
    synchronized boolean release() {
        held = null;
        heldWhy = null;
        if (camel == null || state != ConnectorState.SUSPENDED) {
            return false;
        }
        EdgeRoutes.resume(camel);
        state = ConnectorState.RUNNING;
        reason = null;
        return true;
    }

    /** Suspends the routes that take messages in while a dependency is down (not while an operator holds them). */
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
                traffic.failed(), startedAt, reason, version);
    }
}
