package dk.forbind.core.internal;

import dk.forbind.api.ConnectorState;
import dk.forbind.api.SwapReport;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connector bundle replaced without a swap command ({@code bundle:update}, a new jar in {@code deploy/}): the old
 * version drained and stopped as its bundle went, keeping a copy of the bundle's entries. When the new version
 * comes, the pause to its first message is logged and counted like a swap's; when it is refused, fails its start or
 * never comes because the updated bundle does not resolve, the old version is put back.
 */
final class InPlaceReplacement {
    private static final Logger LOG = LoggerFactory.getLogger(InPlaceReplacement.class);
    private static final long LOOK_EVERY_MS = 5;

    private final String id;
    private final String oldVersion;
    private final long lastTaken;
    private final long stoppedAt;
    private final Bundle bundle;
    private final long bundleModified;
    private final BundleJar copy;

    private InPlaceReplacement(DeployedConnector old, BundleJar copy) {
        this.id = old.descriptor().id();
        this.oldVersion = old.status().version();
        this.lastTaken = old.traffic().lastTaken();
        this.stoppedAt = System.nanoTime();
        this.bundle = old.bundle();
        this.bundleModified = bundle.getLastModified();
        this.copy = copy;
    }

    /**
     * Called while the connector's bundle stops, before it is updated: what is needed to measure and, if need be,
     * undo its replacement. Null when the bundle is not stopping (a route file, a service unregistered) or the
     * framework is shutting down.
     */
    static InPlaceReplacement of(DeployedConnector old) {
        Bundle bundle = old.bundle();
        if (bundle.getState() != Bundle.STOPPING || bundle.getBundleContext() == null
                || bundle.getBundleContext().getBundle(0).getState() == Bundle.STOPPING) {
            return null;
        }
        try {
            return new InPlaceReplacement(old, BundleJar.of(bundle));
        } catch (IOException | IllegalStateException e) {
            LOG.warn("Connector {}: no copy of bundle {} kept to roll back to: {}", old.descriptor().id(),
                    bundle.getSymbolicName(), e.getMessage());
            return new InPlaceReplacement(old, null);
        }
    }

    /** Whether the new version came soon enough after the old one stopped to be its replacement. */
    boolean replacedBy(DeployedConnector fresh, Duration within) {
        return fresh.descriptor().id().equals(id) && System.nanoTime() - stoppedAt <= within.toNanos();
    }

    /** Whether the bundle was updated (rather than stopped and started) and the new version did not come up. */
    boolean failedUpdate(DeployedConnector fresh) {
        boolean updated = bundle.getLastModified() != bundleModified;
        return updated && (fresh == null ? bundle.getState() == Bundle.INSTALLED
                : fresh.state() == ConnectorState.REFUSED || fresh.state() == ConnectorState.FAILED);
    }

    /** Puts the copy of the old version back (not on the runtime's lifecycle thread: the update stops the bundle). */
    void rollBack(FrameworkWiring framework, String why, TrafficTotals totals) {
        if (copy == null) {
            LOG.error("Connector {}: the new version of bundle {} failed ({}) and no copy of {} is there to roll back"
                    + " to", id, bundle.getSymbolicName(), why, oldVersion);
            return;
        }
        LOG.error("Connector {}: the new version of bundle {} failed ({}); rolling back to {}", id,
                bundle.getSymbolicName(), why, oldVersion);
        try {
            BundleVersionChange.install(bundle, framework, copy);
            totals.swapped(new SwapReport(id, oldVersion, null, SwapReport.Outcome.ROLLED_BACK, why, null, List.of()));
        } catch (Exception e) {
            LOG.error("Connector {}: rolling bundle {} back to {} failed: {}", id, bundle.getSymbolicName(), oldVersion,
                    e.getMessage(), e);
        }
    }

    /** Watches (bounded by {@code wait}) for the new version's first message; then logs and counts the pause. */
    void measure(DeployedConnector fresh, TrafficTotals totals, ScheduledExecutorService scheduler, Duration wait) {
        String newVersion = fresh.status().version();
        LOG.info("Connector {} replaced in place: {} -> {}, {}", id, oldVersion, newVersion, fresh.state());
        if (lastTaken == TrafficCounter.NONE) {
            return;
        }
        long deadline = System.nanoTime() + wait.toNanos();
        ScheduledFuture<?>[] look = new ScheduledFuture<?>[1];
        look[0] = scheduler.scheduleWithFixedDelay(() -> {
            long first = fresh.traffic().firstTaken();
            if (first != TrafficCounter.NONE) {
                Duration pause = Duration.ofNanos(first - lastTaken);
                LOG.info("Connector {} replaced in place: pause {} ms from the last message taken by {} to the first"
                        + " taken by {}", id, pause.toMillis(), oldVersion, newVersion);
                totals.swapped(new SwapReport(id, oldVersion, newVersion, SwapReport.Outcome.SWAPPED, null, pause,
                        List.of()));
                look[0].cancel(false);
            } else if (System.nanoTime() > deadline) {
                look[0].cancel(false);
            }
        }, LOOK_EVERY_MS, LOOK_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    String id() {
        return id;
    }
}
