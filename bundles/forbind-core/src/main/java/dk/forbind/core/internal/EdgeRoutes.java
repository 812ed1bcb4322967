package dk.forbind.core.internal;

import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.apache.camel.ServiceStatus;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.support.RoutePolicySupport;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of a connector that take messages in from outside (queues, files, HTTP — not its internal
 * {@code direct:} hand-offs): what a waiting or suspended connector holds back, and what a swap holds until the new
 * version has started.
 */
final class EdgeRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(EdgeRoutes.class);
    private static final long DRAIN_LOOK_MS = 2;

    private EdgeRoutes() {
    }

    /**
     * A route policy that, while {@code held} says so as a context starts, keeps its edge routes from starting with
     * it: the context comes up with its consumers held, and {@link #resume} starts them.
     */
    static RoutePolicy heldAtStart(BooleanSupplier held) {
        return new RoutePolicySupport() {
            @Override
            public void onInit(Route route) {
                if (held.getAsBoolean() && TrafficCounter.isEdge(route)) {
                    route.setAutoStartup(false);
                }
            }
        };
    }

    /**
     * Suspends them: their consumers stop taking messages at once, the exchanges in flight finish (bounded by the
     * context's shutdown time-out, looked at every few milliseconds rather than Camel's every second), then the
     * routes are marked suspended. A message a JMS consumer received in the moment it stopped goes back to its queue.
     */
    static void suspend(CamelContext camel) {
        List<Route> edges = camel.getRoutes().stream().filter(TrafficCounter::isEdge).toList();
        for (Route route : edges) {
            try {
                ServiceHelper.suspendService(route.getConsumer());
            } catch (RuntimeException e) {
                LOG.warn("{}: route {} did not stop taking messages: {}", camel.getName(), route.getRouteId(),
                        e.getMessage());
            }
        }
        awaitNothingInFlight(camel);
        for (Route route : edges) {
            try {
                camel.getRouteController().suspendRoute(route.getRouteId());
            } catch (Exception e) {
                LOG.warn("{}: route {} did not suspend: {}", camel.getName(), route.getRouteId(), e.getMessage());
            }
        }
    }

    private static void awaitNothingInFlight(CamelContext camel) {
        long deadline = System.nanoTime() + camel.getShutdownStrategy().getTimeUnit()
                .toNanos(camel.getShutdownStrategy().getTimeout());
        try {
            while (camel.getInflightRepository().size() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(DRAIN_LOOK_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Resumes the suspended ones and starts those held at start. */
    static void resume(CamelContext camel) {
        for (Route route : camel.getRoutes()) {
            if (TrafficCounter.isEdge(route)) {
                String id = route.getRouteId();
                try {
                    ServiceStatus status = camel.getRouteController().getRouteStatus(id);
                    if (status == ServiceStatus.Started) {
                        continue; // already taking messages
                    }
                    if (status == ServiceStatus.Suspended) {
                        camel.getRouteController().resumeRoute(id);
                    } else {
                        camel.getRouteController().startRoute(id);
                    }
                } catch (Exception e) {
                    LOG.warn("{}: route {} did not resume: {}", camel.getName(), id, e.getMessage());
                }
            }
        }
    }
}
