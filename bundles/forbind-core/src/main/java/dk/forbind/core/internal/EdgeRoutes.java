package dk.forbind.core.internal;

import org.apache.camel.CamelContext;
import org.apache.camel.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The routes of a connector that take messages in from outside (queues, files, HTTP — not its internal
 * {@code direct:} hand-offs): what a waiting connector suspends and resumes.
 */
final class EdgeRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(EdgeRoutes.class);

    private EdgeRoutes() {
    }

    /** Suspends them; each lets its in-flight exchanges finish first (bounded by the context's shutdown time-out). */
    static void suspend(CamelContext camel) {
        for (Route route : camel.getRoutes()) {
            if (TrafficCounter.isEdge(route)) {
                try {
                    camel.getRouteController().suspendRoute(route.getRouteId());
                } catch (Exception e) {
                    LOG.warn("{}: route {} did not suspend: {}", camel.getName(), route.getRouteId(), e.getMessage());
                }
            }
        }
    }

    static void resume(CamelContext camel) {
        for (Route route : camel.getRoutes()) {
            if (TrafficCounter.isEdge(route)) {
                try {
                    camel.getRouteController().resumeRoute(route.getRouteId());
                } catch (Exception e) {
                    LOG.warn("{}: route {} did not resume: {}", camel.getName(), route.getRouteId(), e.getMessage());
                }
            }
        }
    }
}
