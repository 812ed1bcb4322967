package dk.forbind.core.internal;

import dk.forbind.api.SwapReport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connector replaced without a swap command — its bundle updated in place ({@code bundle:update}, a new jar in
 * {@code deploy/}): the old version drained and stopped as its bundle went, the new one started. Once the new one
 * takes its first message, the pause is logged and counted like a swap's.
 */
final class InPlaceReplacement {
    private static final Logger LOG = LoggerFactory.getLogger(InPlaceReplacement.class);
    private static final long LOOK_EVERY_MS = 5;

    private final String id;
    private final String oldVersion;
    private final long lastTaken;
    private final long stoppedAt;

    /** What is left of the old version once it stopped. */
    InPlaceReplacement(DeployedConnector old) {
        this.id = old.descriptor().id();
        this.oldVersion = old.status().version();
        this.lastTaken = old.traffic().lastTaken();
        this.stoppedAt = System.nanoTime();
    }

    /** Whether the new version came soon enough after the old one stopped to be its replacement. */
    boolean replacedBy(DeployedConnector fresh, Duration within) {
        return fresh.descriptor().id().equals(id) && System.nanoTime() - stoppedAt <= within.toNanos();
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
}
